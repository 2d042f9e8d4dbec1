package org.lacrima.app.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;

/** Simulated sessions with known episodes, written as EDF+ like a device export. */
final class SimulatedRecordings {
    private SimulatedRecordings() {
    }

    /** A short session with the given episodes in order. */
    static Path write(Path dir, String name, long seed, double minutes, Outcome... outcomes) throws IOException {
        List<EpisodeSpec> episodes = java.util.Arrays.stream(outcomes).map(EpisodeSpec::of).toList();
        var session = SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(minutes * 60)
                .withEpisodes(episodes).withSeed(seed));
        Path file = dir.resolve(name);
        EdfWriter.write(session.recording(), file);
        return file;
    }
}
