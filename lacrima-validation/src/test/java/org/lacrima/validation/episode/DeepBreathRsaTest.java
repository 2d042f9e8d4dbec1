package org.lacrima.validation.episode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * A heart whose swing with each breath grows with the breath's volume ({@code SimulationConfig#deepBreathRsa}): RSA
 * grows about linearly with tidal volume (Hirsch &amp; Bishop 1981), so a sigh (2–3 resting breaths) or a laugh's deep
 * refills swing the heart by two or three times the usual amount, and lift a 30 s window's RSA as a vagal rebound
 * does. After a talk's or a posture shift's small rise of the heart, that reads as a release. The acceptance's
 * simulator keeps RSA at the latent vagal tone's whatever the breath; here its episode-free hours are simulated again
 * with the breath's volume in the swing.
 *
 * <p>A known gap, not a target: issue 19 asks for at most 0.1 false episodes per episode-free hour, and with this
 * heart the devices were at 0.17 (27 in 160 h), and are at 0.10 (16) since a brief bout's height must outlast a
 * reflex's (fifteenth session). The RSA estimate leaves out half-cycles of the heart's swing
 * twice the window's median ({@code DeepBreathExclusion}: a sigh by the usual definition), which took the strap from
 * 16 to 11; what is left is mostly laughter, whose deep refills are many and so the window's median itself, and talk
 * with a sigh in the minute after it. The bounds hold the figures measured then (eleventh session) from getting worse.
 */
class DeepBreathRsaTest {
    /**
     * False episodes in the 40 episode-free hours per device with deep-breath RSA, measured 5 Dec (fifteenth session,
     * a brief bout's height held longer than a reflex's: chest 2 → 0, wrist 6 → 4, chest-no-acc 8 → 4); first measured
     * 4 Dec (eleventh session), the strap's lowered from 11 to 8 when a held rebound had to stand out from P's own
     * wander (fourteenth session). Re-measured 5 Dec (twentieth session) once the simulator's streams were seeded
     * independently, the detector unchanged: chest 5, wrist 0, RR 15, RR with accelerometer 15, chest-no-acc 6 (was
     * 0 / 4 / 8 / 8 / 4 on the correlated seeds, whose sessions within a seed set were near-copies). Re-measured 6 Dec
     * (twenty-second session), the suite's heart swinging less with the breath while talking, laughing or walking and RSA left out over talks on the belt's devices: chest 3, wrist 4, RR 13, RR with accelerometer 13, chest-no-acc 6 (the wrist's a
     * talk's RSA falling and coming back, with no belt to tell the talk).
     */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 3, DevicePreset.WRIST, 4, DevicePreset.RR_STRAP, 13, DevicePreset.RR_STRAP_ACC, 13,
            DevicePreset.CHEST_NO_ACC, 6);

    @Test
    void deepBreathsSwingingTheHeartAreAKnownGapThatDoesNotWiden() {
        KnownGapHours.assertNoWider("deep-breath RSA", "RSA swing growing with each breath's volume",
                config -> config.withDeepBreathRsa(true), MEASURED);
    }
}
