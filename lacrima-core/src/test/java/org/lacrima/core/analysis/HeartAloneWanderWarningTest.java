package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.core.sim.DevicePreset;

/**
 * A session whose sympathetic axis rests on heart rate alone says that the resting heart's own wander cannot be told
 * from a subtle build-up (RestingWanderTest: about two false episodes an hour on an RR strap); with skin conductance or
 * a respiration belt it does not.
 */
class HeartAloneWanderWarningTest {
    @ParameterizedTest
    @EnumSource(value = DevicePreset.class, names = {"RR_STRAP", "RR_STRAP_ACC", "CHEST", "CHEST_NO_ACC", "WRIST"})
    void onlyTheHeartAloneWarnsOfItsWander(DevicePreset device) {
        List<String> warnings = SimulatedWarnings.containing(device, "own slow wander");
        if (device == DevicePreset.RR_STRAP || device == DevicePreset.RR_STRAP_ACC) {
            assertThat(warnings).singleElement().asString().startsWith("heart rate alone carries the sympathetic axis")
                    .contains("7-15 bpm");
        } else {
            assertThat(warnings).isEmpty();
        }
    }
}
