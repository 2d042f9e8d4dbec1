package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimulationConfig#naturalBreathing()}: calm breaths vary from one to the next as people's do at rest (a
 * coefficient of variation of 0.2-0.3 of the breath's length; the regular model's is below 0.1). What that does to the
 * RSA index, against real recordings, is {@code RsaWanderRealismTest}'s (lacrima-validation).
 */
class NaturalBreathingSimulationTest {
    private static SimulatedSession calm(long seed, boolean natural) {
        return SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed)
                .withDurationSec(20 * 60).withEpisodes(List.of()).withNaturalBreathing(natural));
    }

    /** Coefficient of variation of the breaths' lengths. */
    private static double breathLengthCv(SimulatedSession s) {
        double[] onsets = s.truth().breathOnsetsSec().toArray();
        double[] lengths = new double[onsets.length - 1];
        double sum = 0;
        for (int i = 1; i < onsets.length; i++) {
            lengths[i - 1] = onsets[i] - onsets[i - 1];
            sum += lengths[i - 1];
        }
        double mean = sum / lengths.length;
        double squares = 0;
        for (double l : lengths) {
            squares += (l - mean) * (l - mean);
        }
        return Math.sqrt(squares / (lengths.length - 1)) / mean;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void calmBreathsVaryAsPeoplesDoAtRest(long seed) {
        assertThat(breathLengthCv(calm(seed, true))).isBetween(0.15, 0.35);
        assertThat(breathLengthCv(calm(seed, false))).isLessThan(0.12);
    }
}
