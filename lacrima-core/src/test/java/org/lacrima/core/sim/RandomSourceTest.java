package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streams of {@link RandomSource#forPart}: consecutive session seeds draw unrelated streams, not one stream shifted
 * by a draw (what seeding with {@code seed × γ + part} gave them until the twentieth session).
 */
class RandomSourceTest {
    private static final int DRAWS = 2000;

    private static double[] draws(RandomSource rnd) {
        double[] out = new double[DRAWS + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = rnd.gaussian();
        }
        return out;
    }

    /** Largest correlation of {@code a} with {@code b} shifted by 0 to 3 draws either way. */
    private static double largestShiftedCorrelation(double[] a, double[] b) {
        double largest = 0;
        for (int shift = -3; shift <= 3; shift++) {
            double sum = 0;
            int n = 0;
            for (int i = 3; i < DRAWS - 3; i++) {
                sum += a[i] * b[i + shift];
                n++;
            }
            largest = Math.max(largest, Math.abs(sum / n));
        }
        return largest;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 7, 3800, 103_801, -5})
    void consecutiveSeedsDrawUnrelatedStreams(long seed) {
        double[] a = draws(RandomSource.forPart(seed, "resting-wander"));
        double[] b = draws(RandomSource.forPart(seed + 1, "resting-wander"));
        double[] otherPart = draws(RandomSource.forPart(seed, "arrival"));
        // unrelated standard normals: a correlation of 2000 draws has a spread of about 0.022
        assertThat(largestShiftedCorrelation(a, b)).isLessThan(0.1);
        assertThat(largestShiftedCorrelation(a, otherPart)).isLessThan(0.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42})
    void theSameSeedAndPartDrawTheSameStream(long seed) {
        assertThat(draws(RandomSource.forPart(seed, "resting-wander")))
                .isEqualTo(draws(RandomSource.forPart(seed, "resting-wander")));
    }
}
