package org.lacrima.io.polar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.BaselineFinder;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;

/**
 * A Polar H10's ECG export with frames lost in Bluetooth dropouts, analysed end to end: the lost stretch is a gap, the
 * beats after it keep their times, and the session's episodes are those of the export that lost nothing.
 */
class PolarEcgLostFramesTest {
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 10, 0, 0);
    /** The H10's ECG rate. */
    private static final double ECG_HZ = 130;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void episodesAndHeartRateOutlastTheLostFrames(long seed) throws IOException {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.CHEST).withSeed(seed)
                .withChannels(Set.of(ChannelType.ECG)).withAcc(false).withRateHz(ChannelType.ECG, ECG_HZ)
                .withDurationSec(35 * 60).withOutcomes(Outcome.RESOLVED, Outcome.SUBSIDED, Outcome.SUSTAINED));
        Channel ecg = session.recording().firstChannel(ChannelType.ECG).orElseThrow();
        List<double[]> lost = calmStretches(session.truth().episodes(), ecg.endSec(), new Random(seed));

        ReadResult intact = PolarReader.read(export("intact_ECG.txt", ecg, List.of()), ChannelTyping.byLabel());
        ReadResult gappy = PolarReader.read(export("gappy_ECG.txt", ecg, lost), ChannelTyping.byLabel());
        SessionAnalysis whole = new SessionAnalyzer().analyze(intact.recording());
        SessionAnalysis withGaps = new SessionAnalyzer().analyze(gappy.recording());

        assertThat(gappy.warnings()).singleElement().asString().contains("without samples where the sensor's clock jumped");
        Channel read = gappy.recording().firstChannel(ChannelType.ECG).orElseThrow();
        assertThat(read.length()).isEqualTo(intact.recording().firstChannel(ChannelType.ECG).orElseThrow().length());
        assertThat(whole.episodes()).isNotEmpty();
        assertThat(withGaps.episodes()).hasSameSizeAs(whole.episodes());
        for (int i = 0; i < whole.episodes().size(); i++) {
            Episode want = whole.episodes().get(i);
            Episode got = withGaps.episodes().get(i);
            assertThat(got.outcome()).as("episode %d", i).isEqualTo(want.outcome());
            assertThat(got.onsetSec()).as("onset %d", i).isCloseTo(want.onsetSec(), within(5.0));
            assertThat(got.peakSec()).as("peak %d", i).isCloseTo(want.peakSec(), within(5.0));
        }
        // a minute after each gap the heart rate is the intact export's: the beats after it were not moved
        RegularSeries hrWhole = whole.index(Index.HR).orElseThrow();
        RegularSeries hrGaps = withGaps.index(Index.HR).orElseThrow();
        for (double[] gap : lost) {
            double atSec = gap[1] + 60;
            assertThat(valueAt(hrGaps, atSec)).as("heart rate %.0f s", atSec).isCloseTo(valueAt(hrWhole, atSec), within(1.0));
        }
    }

    /**
     * One to three stretches of 2-60 s where frames are lost, after the first minutes (where the baseline is sought) and
     * outside every true episode, its pre-onset window (from which its rise is measured) and the minute after it.
     */
    private static List<double[]> calmStretches(List<TrueEpisode> episodes, double endSec, Random rnd) {
        double beforeSec = DetectorSettings.defaults().preWindowSec() + 60;
        double baselineSec = BaselineFinder.defaults().searchSec();
        List<double[]> gaps = new ArrayList<>();
        int wanted = 1 + rnd.nextInt(3);
        for (int tries = 0; gaps.size() < wanted && tries < 10_000; tries++) {
            double from = baselineSec + rnd.nextDouble() * (endSec - baselineSec - 60);
            double to = from + 2 + rnd.nextDouble() * 58;
            boolean calm = episodes.stream().noneMatch(e -> from < e.endSec() + 60 && to > e.onsetSec() - beforeSec)
                    && gaps.stream().noneMatch(g -> from < g[1] + 120 && to > g[0] - 120);
            if (calm) {
                gaps.add(new double[] {from, to});
            }
        }
        assertThat(gaps).as("calm stretches found").isNotEmpty();
        return gaps;
    }

    /** The ECG as Polar Sensor Logger exports it (µV, sensor clock in ns), without the samples inside {@code lost}. */
    private Path export(String name, Channel ecg, List<double[]> lost) throws IOException {
        StringBuilder text = new StringBuilder("Phone timestamp;sensor timestamp [ns];timestamp [ms];ecg [uV]\n");
        for (int i = 0; i < ecg.length(); i++) {
            double t = ecg.timeOfSec(i);
            if (lost.stream().anyMatch(g -> t >= g[0] && t < g[1])) {
                continue;
            }
            long ns = Math.round(t * 1e9);
            text.append(START.plusNanos(ns).format(PolarRrWriter.PHONE_TIME)).append(';').append(ns).append(';')
                    .append(Math.round(t * 1e3)).append(';').append(Math.round(ecg.values().get(i) * 1000)).append('\n');
        }
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static double valueAt(RegularSeries series, double sec) {
        int i = (int) Math.round((sec - series.startSec()) * series.rateHz());
        return series.values().get(Math.max(0, Math.min(series.length() - 1, i)));
    }
}
