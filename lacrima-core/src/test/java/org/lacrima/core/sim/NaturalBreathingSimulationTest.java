package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimulationConfig#naturalBreathing()}: calm breaths vary from one to the next as people's do at rest (a
 * coefficient of variation of 0.2-0.3 of the breath's length; the regular model's is below 0.1), and a longer calm
 * breath swings the heart more (Hirsch &amp; Bishop 1981; on NeuroKit's 5-minute resting recording the RSA index follows
 * the breath's period with a correlation of 0.74). What that does to the RSA index, against real recordings, is
 * {@code RsaWanderRealismTest}'s (lacrima-validation).
 */
class NaturalBreathingSimulationTest {
    private static SimulatedSession calm(long seed, boolean natural) {
        return SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed)
                .withDurationSec(20 * 60).withEpisodes(List.of()).withNaturalBreathing(natural));
    }

    /** Coefficient of variation of the breaths' lengths. */
    private static double breathLengthCv(SimulatedSession s) {
        double[] onsets = s.truth().breathOnsetsSec().toArray();
        DescriptiveStatistics lengths = new DescriptiveStatistics();
        for (int i = 1; i < onsets.length; i++) {
            lengths.addValue(onsets[i] - onsets[i - 1]);
        }
        return lengths.getStandardDeviation() / lengths.getMean();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void calmBreathsVaryAsPeoplesDoAtRest(long seed) {
        assertThat(breathLengthCv(calm(seed, true))).isBetween(0.15, 0.35);
        assertThat(breathLengthCv(calm(seed, false))).isLessThan(0.12);
    }

    /**
     * Correlation, over the calm breaths, of each breath's length with the heart's swing over it (the widest minus the
     * narrowest beat interval within the breath).
     */
    private static double swingLengthCorrelation(SimulatedSession s) {
        double[] onsets = s.truth().breathOnsetsSec().toArray();
        double[] beats = s.truth().beatTimesSec().toArray();
        List<Double> lengths = new ArrayList<>();
        List<Double> swings = new ArrayList<>();
        int k = 1;
        for (int i = 1; i < onsets.length; i++) {
            double widest = Double.NEGATIVE_INFINITY;
            double narrowest = Double.POSITIVE_INFINITY;
            while (k < beats.length && beats[k] < onsets[i]) {
                if (beats[k - 1] >= onsets[i - 1]) {
                    double interval = beats[k] - beats[k - 1];
                    widest = Math.max(widest, interval);
                    narrowest = Math.min(narrowest, interval);
                }
                k++;
            }
            if (widest > narrowest) {
                lengths.add(onsets[i] - onsets[i - 1]);
                swings.add(widest - narrowest);
            }
        }
        return new PearsonsCorrelation().correlation(lengths.stream().mapToDouble(Double::doubleValue).toArray(),
                swings.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aLongerCalmBreathSwingsTheHeartMore(long seed) {
        double natural = swingLengthCorrelation(calm(seed, true));
        double regular = swingLengthCorrelation(calm(seed, false));
        assertThat(natural).isGreaterThan(regular + 0.2);
    }
}
