package org.lacrima.validation.episode;

import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * A wrist whose hand moves while the client sits as often as real seated wrists do
 * ({@code SimulationConfig#seatedFidgeting}: 30-200 short, slow movements an hour; an Empatica E4 on WESAD's S2 and S4
 * reading in Base moved in 27 % and 12 % of the seconds, Non-EEG's wrists relaxing in 3-4 %, the simulator's wrist
 * without it 2 %). Every movement masks the pulse and the skin conductance for its length and their settling, so less
 * of the wrist's heart rate, RSA and skin conductance is shown, and bouts whose build-up or release falls into the gaps
 * are missed (docs/DETECTOR-HISTORY.md, twenty-fifth session).
 *
 * <p>A known gap, not a target ({@link DeviceKnownGap}).
 */
class SeatedFidgetingGapTest {
    /**
     * Measured 6 Dec (twenty-fifth session): recall within issue 19's range (the same sessions without the fidgeting:
     * 0.908) and false episodes in the 40 episode-free hours (without: 1).
     */
    private static final double MEASURED_RECALL = 0.881;
    private static final int MEASURED_FREE_FALSE = 1;

    @Test
    void aSeatedWristsMovementIsAKnownGapThatDoesNotWiden() {
        DeviceKnownGap.assertNoWider(DevicePreset.WRIST, "seated fidgeting", c -> c.withSeatedFidgeting(true),
                MEASURED_RECALL, MEASURED_FREE_FALSE);
    }
}
