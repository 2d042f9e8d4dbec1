package org.lacrima.validation.episode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * Breathing as irregular as people's at rest ({@code SimulationConfig#naturalBreathing}): calm breaths vary about 20 %
 * in length and 25 % in depth from one to the next, and the heart's swing follows each breath's volume and length. The
 * RSA index then wanders as much as on the real recordings of the shared data (0.19-0.26 ln(ms²) in 3 minutes, real
 * 0.14-0.42), where the acceptance's regular breathing gives 0.05-0.07. A few deep or long breaths in a row lift a 30-s
 * window's RSA by as much as a vagal rebound does, and after a talk's, a laugh's or a posture shift's small rise of the
 * heart that reads as the S-P sequence of a release: independent model 2's false episodes on the heart alone carry the
 * same signature (a rise of 2-3 z, a "rebound" of 1.5 z a minute or two later).
 *
 * <p>A known gap, not a target: issue 19 asks for at most 0.1 false episodes per episode-free hour. With natural
 * breathing following the breath's volume only, the devices were at 0.36 (58 in 160 h), and at 0.26 (41) once a
 * held rebound had to stand out from P's own wander ({@code DecisionChecks.REBOUND_OVER_WANDER}); with the swing
 * following the breath's length too, as real recordings show, at 0.30 (48 in 160 h). Most of those were a startle's, a laugh's
 * or a posture shift's top on a wander of S with a chance vagal upswing after it; since a brief bout's height must be
 * held longer than a reflex holds it ({@code BriefBout.topHeldLongerThanAReflex}) they are at 0.17 (27 in 160 h).
 * Precision on the suite's episode sessions holds its target with it, recall within range is 0.90-0.95
 * (docs/DETECTOR-HISTORY.md, fourteenth and fifteenth sessions). The bounds hold the last figures from getting worse.
 */
class NaturalBreathingTest {
    /**
     * False episodes in the 40 episode-free hours per device with natural breathing, measured 5 Dec (fifteenth session)
     * with a brief bout's height held longer than a reflex's (15 / 6 / 14 / 14 / 13 before, fourteenth session; 9 / 5 /
     * 15 / 12 / 12 with the swing following the volume only; 12 / 7 / 25 / 23 / 14 before the rebound rule).
     * Re-measured 5 Dec (twentieth session) once the simulator's streams were seeded independently, the detector
     * unchanged: 15 / 3 / 13 / 13 / 14 (was 8 / 4 / 9 / 9 / 6 on the correlated seeds, whose sessions within a seed set
     * were near-copies): 58 in 200 h, 0.29 an hour. Re-measured 6 Dec (twenty-second session), the suite's heart swinging less with the breath while talking, laughing or walking and RSA left out over talks on the belt's devices: 9 / 5 / 15 / 15 / 14,
     * 58 in 200 h.
     */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 9, DevicePreset.WRIST, 5, DevicePreset.RR_STRAP, 15, DevicePreset.RR_STRAP_ACC, 15,
            DevicePreset.CHEST_NO_ACC, 14);

    @Test
    void naturalBreathingIsAKnownGapThatDoesNotWiden() {
        KnownGapHours.assertNoWider("natural breathing", "breathing as irregular as people's",
                config -> config.withNaturalBreathing(true), MEASURED);
    }
}
