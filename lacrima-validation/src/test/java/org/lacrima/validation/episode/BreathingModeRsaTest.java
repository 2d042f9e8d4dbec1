package org.lacrima.validation.episode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * A heart that swings less with the breath while the client talks, laughs or walks
 * ({@code SimulationConfig#breathingModeRsa}): speech and laughter lower the HF power of heart period with no change
 * of vagal tone (Bernardi et al. 2000; Beda et al. 2007; Sakuragi et al. 2002), and faster breaths swing the heart less
 * (Hirsch &amp; Bishop 1981). RSA then withdraws over a talk or a laugh and comes back after it, as P does over a
 * build-up and its release. The acceptance's simulator keeps RSA at the latent vagal tone's whatever the breathing; here
 * its episode-free hours are simulated again with the breathing's mode in the swing.
 *
 * <p>A known gap, not a target: the bounds hold the figures measured when it was first simulated (twenty-second
 * session, docs/DETECTOR-HISTORY.md) from getting worse.
 */
class BreathingModeRsaTest {
    /**
     * False episodes in the 40 episode-free hours per device with the breathing's mode in the RSA, measured 6 Dec on the
     * detector of {@code d043e0d}; the same hours without it: chest 1, wrist 0, RR 10, RR with accelerometer 10,
     * chest-no-acc 4. Once RSA was left out over talking and 15 s on either side (RespirationStage; the belt's devices):
     * chest 6 → 0, chest-no-acc 6 → 3, the others unchanged.
     */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 0, DevicePreset.WRIST, 1, DevicePreset.RR_STRAP, 11, DevicePreset.RR_STRAP_ACC, 11,
            DevicePreset.CHEST_NO_ACC, 3);

    @Test
    void aHeartSwingingLessWhileTalkingOrLaughingIsAKnownGapThatDoesNotWiden() {
        KnownGapHours.assertNoWider("breathing-mode RSA", "RSA swing shrinking while talking, laughing or walking",
                config -> config.withBreathingModeRsa(true), MEASURED);
    }
}
