package org.lacrima.validation.episode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * Breathing as irregular as people's at rest ({@code SimulationConfig#naturalBreathing}): calm breaths vary about 20 %
 * in length and 25 % in depth from one to the next, and the heart's swing follows each breath's volume. The RSA index
 * then wanders as much as on the real recordings of the shared data (0.13-0.20 ln(ms²) in 3 minutes, real 0.14-0.37),
 * where the acceptance's regular breathing gives 0.04-0.07. Two or three deep breaths in a row lift a 30-s window's RSA
 * by as much as a vagal rebound does, and after a talk's, a laugh's or a posture shift's small rise of the heart that
 * reads as the S-P sequence of a release: independent model 2's false episodes on the heart alone carry the same
 * signature (a rise of 2-3 z, a "rebound" of 1.5 z a minute or two later).
 *
 * <p>A known gap, not a target: issue 19 asks for at most 0.1 false episodes per episode-free hour, and with natural
 * breathing the devices were at 0.36 (58 in 160 h) when it was first simulated, and at 0.26 (41 in 160 h) once a
 * held rebound had to stand out from P's own wander ({@code EpisodeTracker.REBOUND_OVER_WANDER}); precision on the
 * suite's episode sessions holds its target with it, recall falls to 0.90-0.94 (docs/DETECTOR-HISTORY.md, fourteenth
 * session). The bounds hold the figures measured then from getting worse.
 */
class NaturalBreathingTest {
    /**
     * False episodes in the 40 episode-free hours per device with natural breathing, measured 4 Dec (fourteenth session)
     * with the rebound standing out from P's wander (12 / 7 / 25 / 23 / 14 before).
     */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 9, DevicePreset.WRIST, 5, DevicePreset.RR_STRAP, 15, DevicePreset.RR_STRAP_ACC, 12,
            DevicePreset.CHEST_NO_ACC, 12);

    @Test
    void naturalBreathingIsAKnownGapThatDoesNotWiden() {
        KnownGapHours.assertNoWider("natural breathing", "breathing as irregular as people's",
                config -> config.withNaturalBreathing(true), MEASURED);
    }
}
