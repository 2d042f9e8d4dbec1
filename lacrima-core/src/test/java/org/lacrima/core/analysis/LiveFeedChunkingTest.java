package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A live feed in chunks of any size (a seeded random sequence from a tenth of a second to twenty seconds) gives
 * the file's episodes, and, since its ECG and PPG run through one detector each from the first sample on,
 * exactly the file's R-peaks and pulse peaks (up to the file's last block, which the file re-detects with its
 * context).
 */
class LiveFeedChunkingTest {
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withMarkers(true);

    static Stream<Arguments> feeds() {
        return Stream.of(
                Arguments.of(21L, EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP)),
                Arguments.of(22L, EnumSet.of(ChannelType.ECG, ChannelType.EDA)),
                Arguments.of(23L, EnumSet.of(ChannelType.ECG, ChannelType.RSP)),
                Arguments.of(24L, EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP)),
                Arguments.of(25L, EnumSet.of(ChannelType.PPG, ChannelType.EDA)),
                Arguments.of(26L, EnumSet.of(ChannelType.PPG)));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("feeds")
    void chunksOfAnySizeGiveTheFileEpisodesAndItsBeats(long seed, Set<ChannelType> channels) {
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(34 * 60).withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED)
                .withChannels(channels).withRateHz(ChannelType.ECG, 250)).recording();
        SessionAnalysis file = new SessionAnalyzer(OPTIONS).analyze(recording);

        SessionAnalysis streamed = RandomChunks.streamed(recording, OPTIONS, seed);

        List<Episode> expected = file.episodes();
        assertThat(expected).isNotEmpty();
        assertThat(streamed.episodes()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Episode w = expected.get(i);
            Episode s = streamed.episodes().get(i);
            assertThat(s.outcome()).isEqualTo(w.outcome());
            assertThat(s.onsetSec()).isCloseTo(w.onsetSec(), within(2.0));
            assertThat(s.peakSec()).isCloseTo(w.peakSec(), within(2.0));
            assertThat(s.endSec()).isCloseTo(w.endSec(), within(2.0));
        }
        // and it turned down the same rises, for the same reasons
        assertThat(streamed.droppedCandidates()).hasSameSizeAs(file.droppedCandidates());
        for (int i = 0; i < file.droppedCandidates().size(); i++) {
            DroppedCandidate w = file.droppedCandidates().get(i);
            DroppedCandidate s = streamed.droppedCandidates().get(i);
            assertThat(s.reason()).isEqualTo(w.reason());
            assertThat(s.onsetSec()).isCloseTo(w.onsetSec(), within(2.0));
            assertThat(s.droppedAtSec()).isCloseTo(w.droppedAtSec(), within(2.0));
        }
        // the file's last block (its look-ahead before the end) is detected again over its context
        double lastFileBlock = recording.durationSec() - new IndexExtractor(OPTIONS).lookAheadSec() - 1;
        assertThat(before(streamed.markers().rPeaksSec().toArray(), lastFileBlock))
                .containsExactly(before(file.markers().rPeaksSec().toArray(), lastFileBlock));
        assertThat(before(streamed.markers().pulsePeaksSec().toArray(), lastFileBlock))
                .containsExactly(before(file.markers().pulsePeaksSec().toArray(), lastFileBlock));
    }

    private static double[] before(double[] timesSec, double endSec) {
        return DoubleStream.of(timesSec).filter(t -> t < endSec).toArray();
    }
}
