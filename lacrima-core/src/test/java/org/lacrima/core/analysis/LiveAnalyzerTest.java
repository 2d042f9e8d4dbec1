package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * One analysis, two feeds: a recording streamed in 1-second chunks gives the episodes of the
 * whole-file analysis (same count and outcomes, onset, peak and end within 2 s), and each
 * outcome is settled at most 5 minutes after its peak (a sustained one, whose peak is where its plateau began, at
 * most 4 minutes at the top plus the live look-ahead and a sobbing wave later).
 */
class LiveAnalyzerTest {
    private static final double SETTLE_LIMIT_SEC = 300;
    /**
     * A sustained bout's peak is where its plateau began, and the call needs S at its top for {@code sustainedSec}
     * (240 s) past it; live, the indices arrive 51 s late (45 s respiration look-ahead, 6 s smoothing), and S on a
     * plateau may be in a sobbing wave's dip when the time is up (up to half a 90 s wave): 240 + 51 + 45 s.
     */
    private static final double SUSTAINED_SETTLE_LIMIT_SEC = 336;
    private static final double TIME_TOLERANCE_SEC = 2;

    static Stream<Arguments> sessions() {
        return Stream.of(
                Arguments.of(1L, Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP),
                        List.of(Outcome.RESOLVED, Outcome.SUBSIDED, Outcome.SUSTAINED)),
                Arguments.of(2L, Set.of(ChannelType.EDA), List.of(Outcome.SUSTAINED, Outcome.RESOLVED)),
                Arguments.of(3L, Set.of(ChannelType.ECG), List.of(Outcome.RESOLVED, Outcome.RESOLVED)),
                Arguments.of(4L, Set.of(ChannelType.PPG, ChannelType.EDA), List.of(Outcome.SUBSIDED, Outcome.RESOLVED)),
                Arguments.of(5L, Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP, ChannelType.PPG),
                        List.of(Outcome.SUSTAINED, Outcome.RESOLVED, Outcome.SUBSIDED)),
                Arguments.of(7L, Set.of(ChannelType.ECG, ChannelType.EDA),
                        List.of(Outcome.SUBSIDED, Outcome.SUSTAINED, Outcome.RESOLVED)),
                Arguments.of(8L, Set.of(ChannelType.PPG), List.of(Outcome.RESOLVED, Outcome.SUSTAINED)));
    }

    @ParameterizedTest
    @MethodSource("sessions")
    void streamingInOneSecondChunksGivesTheFileEpisodesAndSettlesWithinFiveMinutes(long seed, Set<ChannelType> channels,
                                                                                    List<Outcome> outcomes) {
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(12 * 60 + 11 * 60 * outcomes.size()).withOutcomes(outcomes.toArray(Outcome[]::new))
                .withChannels(channels)).recording();
        List<Episode> whole = new SessionAnalyzer().analyze(recording).episodes();

        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        Map<Double, Double> firstSeenAtSec = new HashMap<>();
        double duration = recording.durationSec();
        for (double t = 0; t < duration; t += 1) {
            live.accept(recording.slice(t, Math.min(duration, t + 1)));
            for (EpisodeTracker.TrackedEpisode e : live.trackedEpisodes()) {
                firstSeenAtSec.putIfAbsent(e.episode().peakSec(), Math.min(duration, t + 1));
            }
        }
        List<Episode> streamed = live.finish().episodes();

        assertThat(whole).isNotEmpty();
        assertThat(streamed).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            Episode w = whole.get(i);
            Episode s = streamed.get(i);
            assertThat(s.outcome()).isEqualTo(w.outcome());
            assertThat(s.onsetSec()).isCloseTo(w.onsetSec(), org.assertj.core.data.Offset.offset(TIME_TOLERANCE_SEC));
            assertThat(s.peakSec()).isCloseTo(w.peakSec(), org.assertj.core.data.Offset.offset(TIME_TOLERANCE_SEC));
            assertThat(s.endSec()).isCloseTo(w.endSec(), org.assertj.core.data.Offset.offset(TIME_TOLERANCE_SEC));
            Double seen = firstSeenAtSec.get(s.peakSec());
            if (seen != null) {
                assertThat(seen - s.peakSec()).as("settling delay of episode %d", i).isLessThanOrEqualTo(
                        s.outcome() == Outcome.SUSTAINED ? SUSTAINED_SETTLE_LIMIT_SEC : SETTLE_LIMIT_SEC);
            } else {
                // Only an episode still undecided when the recording ended may be settled by finish().
                assertThat(duration - s.peakSec()).isLessThanOrEqualTo(SETTLE_LIMIT_SEC);
            }
        }
    }
}
