package org.lacrima.core.analysis;

import java.util.List;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/** The analysis warnings of a short calm session recorded with a device: what the device's channels say they lack. */
final class SimulatedWarnings {
    private SimulatedWarnings() {
    }

    /** The warnings of an 8-minute session without episodes (seed 7) recorded with {@code device}, containing {@code text}. */
    static List<String> containing(DevicePreset device, String text) {
        SimulationConfig config = SimulationConfig.preset(device).withSeed(7).withDurationSec(8 * 60)
                .withEpisodes(List.of());
        return new SessionAnalyzer().analyze(SessionSimulator.simulate(config).recording()).warnings().stream()
                .filter(w -> w.contains(text)).toList();
    }
}
