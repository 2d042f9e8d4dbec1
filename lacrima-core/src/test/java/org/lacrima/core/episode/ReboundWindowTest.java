package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bout that fell is decided {@code decisionSec} after its peak, but its vagal rebound is looked for over
 * {@code reboundWindowSec} after the release, which can come a minute after the peak (a hold at the top): the decision
 * then waits for the rest of that window. Deciding at once left a late rebound unseen, and waived the veto of a release
 * whose vagal tone stayed below its resting level as though the next bout had cut the window, with a warning saying so
 * when no next bout had begun.
 */
class ReboundWindowTest {
    /** A 120-s build-up to 4 z from 600 s with RSA withdrawing to -2 z, held at the top for a minute, a fast drop at 780 s. */
    private static AxisTrace heldTopThenDrop() {
        return new AxisTrace(1800).rampS(600, 720, 4).decayS(780, 12, 0).rampP(600, 720, -2);
    }

    private static List<Episode> episodes(AxisTrace t) {
        return t.episodes(List.of("EDA", "HR"), true, t.s, t.s);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void vagalToneStayingBelowItsRestingLevelAfterTheDropIsNoRelease(long seed) {
        // RSA comes back only part of the way (to -0.8 z) and stays there: no rebound, tone still withdrawn
        AxisTrace t = heldTopThenDrop().rampP(780, 820, -0.8).jitter(seed, 0.05);

        List<Episode> found = episodes(t);

        assertThat(found).as("%s", found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.SUBSIDED);
        assertThat(found.get(0).warnings()).noneMatch(w -> w.contains("next bout"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aReboundComingAfterTheDecisionPointButWithinItsWindowIsSeen(long seed) {
        // RSA back to rest after the drop, then rebounding 160 s after the release (after peak + decisionSec)
        AxisTrace t = heldTopThenDrop().rampP(780, 820, 0).rampP(940, 950, 1.5).decayP(1100, 60, 0).jitter(seed, 0.05);

        List<Episode> found = episodes(t);

        assertThat(found).as("%s", found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).metrics().vagalReboundSize()).isGreaterThan(1.0);
        assertThat(found.get(0).warnings()).noneMatch(w -> w.contains("rebound"));
    }
}
