package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeVariety;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A breathing exercise on an RR strap alone is no episode, from the seconds before its slow breathing is left out to four
 * minutes after:
 * <ul>
 *   <li>the heart the exercise slowed comes back to its level over the minutes after it, with the ordinary ups and downs
 *       on top: before a rise was measured from no lower than the level before the exercise
 *       ({@code EpisodeTracker.AFTER_EFFECT_SEC}), seed 5 gave a sustained false episode after each of its two
 *       exercises;</li>
 *   <li>the smoothed heart rate at the edge of the exercise's blank was the median of a second or two of the breath's
 *       swing, its crest: before it needed a whole half window there ({@code IncrementalEpisodeDetector}), seed 10 gave
 *       a false episode around its exercise.</li>
 * </ul>
 */
class BreathingExerciseOnTheHeartAloneTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 3, 5, 6, 7, 8, 9, 10, 11, 12})
    void theHeartComingBackFromAnExerciseIsNoEpisode(long seed) {
        SimulationConfig config = SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed).withDurationSec(60 * 60)
                .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.allOf(ConfounderKind.class))
                .withEpisodes(List.of()).withBreathingExercises(true);
        SimulatedSession session = SessionSimulator.simulate(config);
        List<Confounder> exercises = session.truth().confounders().stream()
                .filter(c -> c.kind() == ConfounderKind.PACED_BREATHING).toList();

        SessionAnalysis analysis = new SessionAnalyzer().analyze(session.recording());

        assertThat(exercises).isNotEmpty();
        for (Confounder exercise : exercises) {
            assertThat(analysis.episodes()).as("episodes from 30 s before to four minutes after the exercise at %.0f-%.0f s",
                    exercise.startSec(), exercise.endSec())
                    .noneMatch(e -> e.peakSec() >= exercise.startSec() - 30 && e.peakSec() <= exercise.endSec() + 240);
        }
    }
}
