package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.signal.TimeGrid;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * Breathing rate against the simulator's true breath onsets: the reference rate at each grid point is
 * computed from the true onsets with the same 20 s window, so the comparison measures detection, not
 * the choice of window. Error: median over all grid points where both are defined.
 */
class SimulatedSessionBreathingTest {

    @ParameterizedTest(name = "RSP {0} Hz, seed {1}, noise {2}")
    @CsvSource({"25,1,0.2", "50,2,1.0", "50,3,0.5", "100,4,0.2", "250,5,1.0"})
    void breathingRateMedianErrorIsAtMostHalfABreathPerMinute(double rateHz, long seed, double noise) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults()
                .withSeed(seed).withNoiseLevel(noise).withRateHz(ChannelType.RSP, rateHz)
                .withChannels(java.util.EnumSet.of(ChannelType.RSP)));
        RespirationAnalyzer analyzer = new RespirationAnalyzer();

        RspResult r = analyzer.analyze(session.recording()).orElseThrow();

        double[] truthOnsets = session.truth().breathOnsetsSec().toArray();
        List<Breath> truthBreaths = new ArrayList<>();
        for (double t : truthOnsets) {
            truthBreaths.add(new Breath(t, t, 1));
        }
        RegularSeries est = r.rate();
        QualityMask allGood = QualityMask.allGood("truth", est.startSec(), est.startSec() + est.length() / est.rateHz());
        RegularSeries ref = BreathingSeries.of(truthBreaths, new TimeGrid(est.startSec(), est.rateHz(), est.length()),
                allGood, RspConfig.defaults().windowSec(), "1").rate();
        double[] err = new double[est.length()];
        int m = 0;
        for (int i = 0; i < est.length(); i++) {
            double e = est.values().get(i);
            double t = ref.values().get(i);
            if (!Double.isNaN(e) && !Double.isNaN(t)) {
                err[m++] = Math.abs(e - t);
            }
        }
        double[] sorted = Arrays.stream(err, 0, m).sorted().toArray();
        double median = sorted[m / 2];
        double p90 = sorted[(int) (0.9 * m)];
        int found = RespirationAnalyzerTest.matched(r.onsetsSec(), truthOnsets, 1.0);
        System.out.printf(Locale.ROOT, "Breathing vs simulator: RSP %5.1f Hz seed %d noise %.1f: %d/%d true breaths"
                        + " found within 1 s (%d detected); rate error median %.2f, 90th percentile %.2f breaths/min"
                        + " over %.0f%% of the grid%n", rateHz, seed, noise, found, truthOnsets.length,
                r.breaths().size(), median, p90, 100.0 * m / est.length());
        assertThat(m).isGreaterThan(est.length() / 2);
        assertThat(median).isLessThanOrEqualTo(0.5);
    }

    /**
     * The simulator makes the client sob around the peak of a resolved episode: the irregularity index
     * over peak-to-release must clearly exceed its value in the calm baseline before the first episode.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void irregularityRisesWhileTheSimulatedClientSobs(long seed) {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withOutcomes(org.lacrima.core.episode.Outcome.RESOLVED).withChannels(java.util.EnumSet.of(ChannelType.RSP)));
        var episode = session.truth().episodes().get(0);

        RspResult r = new RespirationAnalyzer().analyze(session.recording()).orElseThrow();

        double calm = RespirationAnalyzerTest.median(slice(r.irregularity(), 30, episode.onsetSec()));
        double sobbing = RespirationAnalyzerTest.median(slice(r.irregularity(), episode.peakSec(), episode.releaseSec()));
        System.out.printf(Locale.ROOT, "Irregularity vs simulator seed %d: calm baseline %.2f, sobbing (peak %.0f-%.0f s) %.2f%n",
                seed, calm, episode.peakSec(), episode.releaseSec(), sobbing);
        assertThat(sobbing).isGreaterThan(2 * calm);
    }

    private static RegularSeries slice(RegularSeries s, double fromSec, double toSec) {
        int from = (int) Math.max(0, Math.ceil((fromSec - s.startSec()) * s.rateHz()));
        int to = (int) Math.min(s.length(), Math.ceil((toSec - s.startSec()) * s.rateHz()));
        return new RegularSeries(s.name(), s.unit(), s.timeOfSec(from), s.rateHz(), s.values().slice(from, Math.max(from, to)));
    }
}
