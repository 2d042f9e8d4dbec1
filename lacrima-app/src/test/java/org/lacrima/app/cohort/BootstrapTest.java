package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** Sessions with 0–3 episodes each, every episode resolved with probability {@code p}. */
    private static double[][] cohort(SplittableRandom rnd, int sessions, double p) {
        double[] resolved = new double[sessions];
        double[] episodes = new double[sessions];
        for (int i = 0; i < sessions; i++) {
            episodes[i] = rnd.nextInt(4);
            for (int k = 0; k < episodes[i]; k++) {
                resolved[i] += rnd.nextDouble() < p ? 1 : 0;
            }
        }
        return new double[][] {resolved, episodes};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theIntervalHoldsTheEstimateAndIsReproducible(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] c = cohort(rnd, 10 + rnd.nextInt(90), rnd.nextDouble());
        Bootstrap.Interval i = Bootstrap.ratio(c[0], c[1], seed);
        assertThat(i.low()).isLessThanOrEqualTo(i.estimate());
        assertThat(i.high()).isGreaterThanOrEqualTo(i.estimate());
        assertThat(i.low()).isGreaterThanOrEqualTo(0);
        assertThat(i.high()).isLessThanOrEqualTo(1);
        assertThat(Bootstrap.ratio(c[0], c[1], seed)).isEqualTo(i);
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheTrueShareAboutNinetyFivePercentOfTheTime() {
        SplittableRandom rnd = new SplittableRandom(99);
        int covered = 0;
        int cohorts = 300;
        for (int k = 0; k < cohorts; k++) {
            double[][] c = cohort(rnd, 60, 0.4);
            covered += Bootstrap.ratio(c[0], c[1], k).contains(0.4) ? 1 : 0;
        }
        // binomial(300, 0.95) lies in 270..297 with probability > 0.999; percentile intervals run slightly narrow
        assertThat(covered).isBetween(270, 297);
    }

    @Test
    void sessionsThatAllAgreeGiveAnIntervalOfNoWidth() {
        Bootstrap.Interval i = Bootstrap.ratio(new double[] {1, 1, 1}, new double[] {2, 2, 2}, 1);
        assertThat(i).isEqualTo(new Bootstrap.Interval(0.5, 0.5, 0.5));
        assertThat(Bootstrap.ratio(new double[] {0, 0}, new double[] {0, 0}, 1).estimate()).isNaN();
    }

    @Test
    void distributionsKeepEachValuesOutcomeAndLeaveOutTheUnmeasured() {
        CohortSummary.Distribution d = CohortSummary.Distribution.of(List.of(3.0, Double.NaN, 1.0, 2.0),
                List.of("resolved", "sustained", "subsided", "resolved"));
        assertThat(d.sorted()).containsExactly(1.0, 2.0, 3.0);
        assertThat(d.outcomes()).containsExactly("subsided", "resolved", "resolved");
        assertThat(d.quantile(0.5)).isEqualTo(2.0);
        assertThat(d.quantile(0.25)).isEqualTo(1.5);
    }
}
