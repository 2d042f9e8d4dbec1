package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A live ECG that goes flat (electrode off) or clipped (amplifier saturated) for a minute gives no beats and no heart
 * rate in the blocks inside that minute, with the reason as a warning, as a file's flat or clipped window gives none;
 * the blocks around it keep their beats.
 */
class LiveEcgScreenTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {61, 62})
    void flatAndClippedBlocksGiveNoBeats(long seed) {
        Recording clean = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(8 * 60)
                .withOutcomes(Outcome.RESOLVED).withChannels(EnumSet.of(ChannelType.ECG))
                .withRateHz(ChannelType.ECG, 250)).recording();
        Channel ecg = clean.firstChannel(ChannelType.ECG).orElseThrow();
        double[] v = ecg.values().toArray();
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double rail = sorted[(int) (0.3 * sorted.length)];
        for (int i = 0; i < v.length; i++) {
            double t = ecg.timeOfSec(i);
            if (t >= 200 && t < 260) {
                v[i] = 0; // electrode off
            } else if (t >= 320 && t < 380) {
                v[i] = Math.min(v[i], rail); // saturated: a third of the samples at the upper rail
            }
        }
        Channel broken = Channel.regular(ecg.label(), ecg.type(), ecg.unit(), ecg.rateHz(), ecg.startOffsetSec(),
                Samples.wrap(v));
        Recording recording = new Recording(clean.metadata(), List.of(broken), clean.events());
        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults().withMarkers(true));
        for (double t = 0; t < recording.durationSec(); t += 1) {
            live.accept(recording.slice(t, Math.min(recording.durationSec(), t + 1)));
        }
        SessionAnalysis s = live.finish();

        double[] peaks = s.markers().rPeaksSec().toArray();
        assertThat(count(peaks, 210, 250)).isZero();
        assertThat(count(peaks, 330, 370)).isZero();
        assertThat(count(peaks, 100, 190)).isGreaterThan(60);
        RegularSeries hr = s.index("hr").orElseThrow();
        for (double t = 210; t < 250; t += 0.25) {
            assertThat(hr.values().get((int) Math.round((t - hr.startSec()) * hr.rateHz()))).as("hr at %.2f s", t).isNaN();
        }
        List<String> warnings = new ArrayList<>(s.warnings());
        assertThat(warnings).anyMatch(w -> w.contains("ECG is flat"));
        assertThat(warnings).anyMatch(w -> w.contains("ECG is clipped"));
    }

    private static long count(double[] times, double from, double to) {
        return Arrays.stream(times).filter(t -> t >= from && t < to).count();
    }
}
