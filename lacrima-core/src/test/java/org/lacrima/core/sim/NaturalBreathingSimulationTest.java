package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.grid.GridStatistics;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimulationConfig#naturalBreathing()}: calm breaths vary from one to the next as people's do at rest, and the
 * RSA index the detector reads then wanders as it does on real recordings. The reference figures are the real
 * recordings of the shared data measured with this project's own RSA index (docs/DETECTOR-HISTORY.md, fourteenth
 * session): the median over 3-minute windows of the index's robust spread is 0.14 ln(ms²) on MIT-BIH 100 (an
 * elderly man at rest), 0.19 and 0.37 on NeuroKit's two resting recordings; the model's regular breathing gives
 * 0.05-0.09.
 */
class NaturalBreathingSimulationTest {
    /** The lowest of the real resting recordings' 3-minute RSA spreads, ln(ms²). */
    private static final double REAL_RESTING_LOW = 0.14;
    private static final double WINDOW_SEC = 180;

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

    /** The median over non-overlapping 3-minute windows of the RSA index's robust spread (MAD as SD), ln(ms²). */
    private static double rsaWander(SimulatedSession s) {
        RegularSeries rsa = new SessionAnalyzer().analyze(s.recording()).index(Index.RSA).orElseThrow();
        double[] values = rsa.values().toArray();
        int window = (int) Math.round(WINDOW_SEC * rsa.rateHz());
        List<Double> spreads = new ArrayList<>();
        for (int from = 0; from + window <= values.length; from += window) {
            double mad = GridStatistics.mad(values, from, from + window);
            if (Double.isFinite(mad)) {
                spreads.add(GridStatistics.MAD_TO_SD * mad);
            }
        }
        double[] all = spreads.stream().mapToDouble(Double::doubleValue).toArray();
        return GridStatistics.median(all, 0, all.length);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void calmBreathsVaryAsPeoplesDoAtRest(long seed) {
        assertThat(breathLengthCv(calm(seed, true))).isBetween(0.15, 0.35);
        assertThat(breathLengthCv(calm(seed, false))).isLessThan(0.12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theRsaIndexWandersAsOnRealRestingRecordings(long seed) {
        double natural = rsaWander(calm(seed, true));
        double regular = rsaWander(calm(seed, false));
        assertThat(natural).isGreaterThan(1.5 * regular);
        assertThat(natural).isGreaterThan(0.8 * REAL_RESTING_LOW);
    }
}
