package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.core.sim.DevicePreset;

/** What a session without an accelerometer tells its reader about walks: by what it still sees them, if anything. */
class NoAccelerometerWarningTest {
    @ParameterizedTest
    @EnumSource(value = DevicePreset.class, names = {"CHEST_NO_ACC", "RR_STRAP", "CHEST", "WRIST"})
    void theWarningSaysWhatStillSeesAWalk(DevicePreset device) {
        List<String> warnings = SimulatedWarnings.containing(device, "no accelerometer");
        switch (device) {
            case CHEST_NO_ACC -> assertThat(warnings).singleElement().asString().contains("respiration belt");
            case RR_STRAP -> assertThat(warnings).singleElement().asString().contains("heart rhythm");
            default -> assertThat(warnings).isEmpty();
        }
    }
}
