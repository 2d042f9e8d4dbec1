package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.TrueEpisode;

/**
 * A sustained bout whose build-up a sensor missed: in the widened suite's wrist session of seed 2000, crying's movements
 * blank the wrist's pulse over the last seconds of a convex build-up (onset 1380 s, peak 1407 s), the indices' running
 * median bridges the gap with the values before it, and S steps by 2 z as the heart rate rejoins. The bout then holds
 * its top for minutes with skin conductance and heart rate up and vagal tone withdrawn, which no step of a posture
 * shift does; the step rule dropped it until a rise held as a whole S-phase was exempt
 * ({@code EpisodeTracker.heldAsAWholeSPhase}).
 */
class SteppedPlateauTest {
    @Test
    void aSustainedBoutThatCameAsAStepThroughASensorGapIsFound() {
        WidenedSuite.Case session = WidenedSuite.cases(0, 26, 0, 0).stream()
                .filter(c -> c.name().startsWith("wrist 60 min seed 2000:")).findFirst().orElseThrow();
        WidenedSuite.Result result = WidenedSuite.run(session);
        TrueEpisode bout = result.truth().episodes().stream()
                .filter(e -> e.outcome() == Outcome.SUSTAINED && Math.abs(e.onsetSec() - 1380) < 5).findFirst().orElseThrow();

        assertThat(result.analysis().episodes()).as("episodes found")
                .anyMatch(e -> e.outcome() == Outcome.SUSTAINED && e.peakSec() >= bout.onsetSec() - 60
                        && e.peakSec() <= bout.endSec() + 60);
    }
}
