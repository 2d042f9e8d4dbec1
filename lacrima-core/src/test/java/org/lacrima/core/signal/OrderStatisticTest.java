package org.lacrima.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Selection gives exactly the value a sort puts at each index: runs of any length, with ties, in part of an array. */
class OrderStatisticTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void selectsWhatASortPutsAtEachIndex(long seed) {
        Random rnd = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(trial < 100 ? 12 : 700);
            double[] a = new double[n + 10];
            boolean ties = rnd.nextBoolean();
            for (int i = 0; i < a.length; i++) {
                a[i] = ties ? rnd.nextInt(4) : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(6) - 3);
            }
            int from = rnd.nextInt(5);
            int to = from + n;
            double[] sorted = Arrays.copyOfRange(a, from, to);
            Arrays.sort(sorted);
            int k = rnd.nextInt(n);

            double[] work = a.clone();
            assertThat(OrderStatistic.select(work, from, to, k)).isEqualTo(sorted[k]);
            assertThat(Arrays.copyOfRange(work, 0, from)).containsExactly(Arrays.copyOfRange(a, 0, from));
            assertThat(Arrays.copyOfRange(work, to, a.length)).containsExactly(Arrays.copyOfRange(a, to, a.length));
        }
    }

    @Test
    void aRunWithNanIsSortedAsArraysSortWould() {
        double[] a = {3, Double.NaN, 1, 2};
        assertThat(OrderStatistic.select(a.clone(), 0, 4, 2)).isEqualTo(3);
        assertThat(OrderStatistic.select(a.clone(), 0, 4, 3)).isNaN();
    }

    @Test
    void anIndexOutsideTheRunIsRefused() {
        assertThatThrownBy(() -> OrderStatistic.select(new double[3], 0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
