package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.RegularSeries;

class RespirationAnalyzerTest {

    @ParameterizedTest(name = "{0} Hz, seed {1}")
    @CsvSource({"10,1", "25,2", "31,3", "100,4", "100,5", "500,6"})
    void breathingRateFollowsTheTrueRate(double rateHz, long seed) {
        SyntheticBreathing sim = SyntheticBreathing.generate(seed, rateHz, 600, false);

        RspResult r = new RespirationAnalyzer().analyze(sim.channel());

        double medianError = medianAbsError(r.rate(), sim.trueRatePerMin(), rateHz);
        int found = matched(r.onsetsSec(), sim.onsetsSec(), 1.0);
        System.out.printf(Locale.ROOT, "RSP synthetic %3.0f Hz seed %d: %d/%d breaths within 1 s (%d detected),"
                + " rate median abs error %.2f /min%n", rateHz, seed, found, sim.onsetsSec().length,
                r.breaths().size(), medianError);
        assertThat(medianError).isLessThanOrEqualTo(0.5);
        assertThat(found).isGreaterThanOrEqualTo((int) (0.95 * sim.onsetsSec().length));
        assertThat(r.breaths().size()).isLessThanOrEqualTo((int) (1.05 * sim.onsetsSec().length) + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void irregularityRisesWithSobbingLikeBreathing(long seed) {
        RespirationAnalyzer analyzer = new RespirationAnalyzer();
        double calm = median(analyzer.analyze(SyntheticBreathing.generate(seed, 50, 300, false).channel()).irregularity());
        double sobbing = median(analyzer.analyze(SyntheticBreathing.generate(seed, 50, 300, true).channel()).irregularity());
        System.out.printf(Locale.ROOT, "RSP irregularity seed %d: calm %.2f sobbing %.2f%n", seed, calm, sobbing);
        assertThat(sobbing).isGreaterThan(2 * calm);
    }

    static double medianAbsError(RegularSeries est, double[] truth, double truthRateHz) {
        double[] err = new double[est.length()];
        int m = 0;
        for (int i = 0; i < est.length(); i++) {
            int k = (int) Math.round(est.timeOfSec(i) * truthRateHz);
            double v = est.values().get(i);
            if (!Double.isNaN(v) && k < truth.length) {
                err[m++] = Math.abs(v - truth[k]);
            }
        }
        assertThat(m).as("rate values").isGreaterThan(est.length() / 2);
        double[] e = Arrays.copyOf(err, m);
        Arrays.sort(e);
        return e[m / 2];
    }

    static double median(RegularSeries s) {
        double[] v = Arrays.stream(s.values().toArray()).filter(d -> !Double.isNaN(d)).sorted().toArray();
        assertThat(v).isNotEmpty();
        return v[v.length / 2];
    }

    static int matched(double[] detected, double[] truth, double tolSec) {
        int count = 0;
        int j = 0;
        for (double t : truth) {
            while (j < detected.length && detected[j] < t - tolSec) {
                j++;
            }
            if (j < detected.length && Math.abs(detected[j] - t) <= tolSec) {
                count++;
                j++;
            }
        }
        return count;
    }
}
