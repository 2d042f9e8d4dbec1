package org.lacrima.validation.episode;

import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * A wrist whose pulses arrive with the beat-to-beat jitter measured on real wrist recordings
 * ({@code SimulationConfig#pulseTimingJitter}: 6-16 ms; an Empatica E4 on WESAD's S2 and S4 11-18 ms with our
 * pulse detector, the simulator's wrist without it 2.3 ms). The jitter adds beat-to-beat noise to the pulse intervals
 * that RSA, and so P, reads as vagal variability: P's withdrawal and rebound stand out less from its wander, and more
 * of the wrist's bouts are turned down for want of the S-P sequence (docs/DETECTOR-HISTORY.md, twenty-fifth session).
 *
 * <p>A known gap, not a target ({@link DeviceKnownGap}).
 */
class PulseTimingJitterGapTest {
    /**
     * Measured 6 Dec (twenty-fifth session): recall within issue 19's range (the same sessions without the jitter:
     * 0.908) and false episodes in the 40 episode-free hours (without: 1).
     */
    private static final double MEASURED_RECALL = 0.870;
    private static final int MEASURED_FREE_FALSE = 3;

    @Test
    void aWristsPulseTimingIsAKnownGapThatDoesNotWiden() {
        DeviceKnownGap.assertNoWider(DevicePreset.WRIST, "pulse timing jitter", c -> c.withPulseTimingJitter(true),
                MEASURED_RECALL, MEASURED_FREE_FALSE);
    }
}
