package org.lacrima.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlidingMedianTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void isTheMedianOfTheLastValuesWithRepeats(long seed) {
        Random rnd = new Random(seed);
        int capacity = 1 + rnd.nextInt(40);
        SlidingMedian median = new SlidingMedian(capacity);
        double[] all = new double[500];
        for (int i = 0; i < all.length; i++) {
            // few distinct values, so repeats are common
            all[i] = rnd.nextInt(10) * 0.5;
            median.add(all[i]);
            double[] recent = Arrays.copyOfRange(all, Math.max(0, i + 1 - capacity), i + 1);
            Arrays.sort(recent);
            int n = recent.length;
            double expected = n % 2 == 1 ? recent[n / 2] : 0.5 * (recent[n / 2 - 1] + recent[n / 2]);
            assertThat(median.value()).isEqualTo(expected);
            assertThat(median.count()).isEqualTo(n);
        }
    }

    @org.junit.jupiter.api.Test
    void ignoresNaNAndIsNaNWhenEmpty() {
        SlidingMedian median = new SlidingMedian(3);
        assertThat(median.value()).isNaN();
        median.add(Double.NaN);
        median.add(2);
        assertThat(median.count()).isEqualTo(1);
        assertThat(median.value()).isEqualTo(2);
    }
}
