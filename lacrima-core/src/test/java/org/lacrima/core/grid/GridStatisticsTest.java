package org.lacrima.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quantiles by selection give bit for bit what sorting the finite values and interpolating gives: ranges with gaps,
 * ties, one value, and quantiles that fall on a value or between two.
 */
class GridStatisticsTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void quantilesAreThoseOfTheSortedFiniteValues(long seed) {
        Random rnd = new Random(seed);
        double[] qs = {0, 0.1, 0.25, 0.5, 0.9, 1};
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(trial < 150 ? 10 : 500);
            double[] values = new double[n + 6];
            boolean ties = rnd.nextBoolean();
            for (int i = 0; i < values.length; i++) {
                values[i] = rnd.nextInt(8) == 0 ? Double.NaN
                        : ties ? rnd.nextInt(5) - 2 : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(5) - 2);
            }
            int from = rnd.nextInt(3);
            int to = from + n;
            double[] before = values.clone();
            for (double q : qs) {
                assertThat(bits(GridStatistics.quantile(values, from, to, q))).isEqualTo(bits(sortedQuantile(values, from, to, q)));
            }
            assertThat(bits(GridStatistics.median(values, from, to))).isEqualTo(bits(sortedQuantile(values, from, to, 0.5)));
            assertThat(values).containsExactly(before);
        }
    }

    @Test
    void aRangeWithoutFiniteValuesHasNoQuantile() {
        assertThat(GridStatistics.median(new double[] {Double.NaN, Double.POSITIVE_INFINITY}, 0, 2)).isNaN();
        assertThat(GridStatistics.median(new double[] {1, 2}, 1, 1)).isNaN();
    }

    /** Bit for bit: NaN equals NaN, and -0.0 differs from 0.0. */
    private static long bits(double v) {
        return Double.doubleToLongBits(v);
    }

    /** The definition: sort the finite values, interpolate linearly between the two around {@code q · (n − 1)}. */
    private static double sortedQuantile(double[] values, int from, int to, double q) {
        double[] finite = DoubleStream.of(Arrays.copyOfRange(values, from, to)).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        double pos = q * (finite.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(finite.length - 1, lo + 1);
        return finite[lo] + (pos - lo) * (finite[hi] - finite[lo]);
    }
}
