package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.Dropout;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A file read in chunks ({@link LiveAnalyzer#forFile}) gets exactly the analysis of the whole file fed
 * at once when it fits the analysis window, whatever the chunk size; a file longer than the window is
 * analysed window by window with the samples held bounded by the window, and finds the same episodes.
 */
class FileStreamingTest {
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withMarkers(true);

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(11L, Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP), 60.0),
                Arguments.of(12L, Set.of(ChannelType.PPG, ChannelType.EDA), 7.3),
                Arguments.of(13L, Set.of(ChannelType.RR, ChannelType.EDA), 60.0),
                Arguments.of(14L, Set.of(ChannelType.ECG), 1.0),
                Arguments.of(15L, Set.of(ChannelType.EDA, ChannelType.RSP), 30.0));
    }

    @ParameterizedTest
    @MethodSource("files")
    void aFileWithinTheWindowReadInChunksGetsTheWholeFileAnalysis(long seed, Set<ChannelType> channels,
                                                                   double chunkSec) {
        Recording recording = simulate(seed, channels, 25 * 60, true);
        assertThat(whole(recording).channels()).as("some channel is judged partly unusable, so its quality is compared")
                .anyMatch(c -> c.goodFraction() < 0.99);
        SessionAnalysis whole = new SessionAnalyzer(OPTIONS).analyze(recording);

        LiveAnalyzer file = LiveAnalyzer.forFile(recording.metadata(), OPTIONS);
        feed(file, recording, chunkSec);
        SessionAnalysis streamed = file.finish();

        assertThat(streamed).isEqualTo(whole);
    }

    @ParameterizedTest
    @MethodSource("files")
    void aFileLongerThanTheWindowIsHeldOnlyForTheWindowAndGivesTheSameEpisodes(long seed, Set<ChannelType> channels,
                                                                                double chunkSec) {
        Recording recording = simulate(seed, channels, 45 * 60, false);
        double samplesPerSec = recording.channels().stream()
                .mapToDouble(c -> c.length() / recording.durationSec()).sum();
        long window = Math.round(8 * 60 * samplesPerSec);
        List<Episode> whole = new SessionAnalyzer(OPTIONS).analyze(recording).episodes();

        LiveAnalyzer file = LiveAnalyzer.forFile(recording.metadata(), OPTIONS, window);
        long mostHeld = 0;
        for (double t = 0; t < recording.durationSec(); t += chunkSec) {
            file.accept(recording.slice(t, Math.min(recording.durationSec(), t + chunkSec)));
            mostHeld = Math.max(mostHeld, file.heldSamples());
        }
        List<Episode> streamed = file.finish().episodes();

        // the window, plus what arrives before a block is final and what a block keeps for the next:
        // a chunk, the look-ahead, the context before, and up to two quality stretches not yet judged
        double slackSec = chunkSec + 60 + LiveAnalyzer.CONTEXT_BEFORE_SEC + 2 * ChannelQuality.STRETCH_SEC;
        assertThat(mostHeld).isLessThanOrEqualTo(window + Math.round(slackSec * samplesPerSec));
        assertThat(streamed).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(streamed.get(i).outcome()).isEqualTo(whole.get(i).outcome());
            assertThat(streamed.get(i).onsetSec()).isCloseTo(whole.get(i).onsetSec(), within(2.0));
            assertThat(streamed.get(i).peakSec()).isCloseTo(whole.get(i).peakSec(), within(2.0));
        }
    }

    /** A session whose channels drop out for a while (a loose electrode): their quality is below 1. */
    private static Recording simulate(long seed, Set<ChannelType> channels, double durationSec, boolean acc) {
        SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(durationSec)
                .withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED).withChannels(channels).withAcc(acc)
                .withRateHz(ChannelType.ECG, 250);
        for (ChannelType type : channels) {
            config = config.withDropout(new Dropout(type, 200, 260));
        }
        return SessionSimulator.simulate(config).recording();
    }

    private static SessionAnalysis whole(Recording recording) {
        return new SessionAnalyzer(OPTIONS).analyze(recording);
    }

    private static void feed(LiveAnalyzer analyzer, Recording recording, double chunkSec) {
        for (double t = 0; t < recording.durationSec(); t += chunkSec) {
            analyzer.accept(recording.slice(t, Math.min(recording.durationSec(), t + chunkSec)));
        }
    }
}
