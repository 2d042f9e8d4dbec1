package org.lacrima.app.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;

/**
 * Writes a simulated session: the recording in the format its file name asks for, and the ground
 * truth as JSON. Each file is written to a temporary sibling and moved into place, so none appears
 * half-written.
 */
public final class SimulationOutput {
    private SimulationOutput() {
    }

    /**
     * Writes the recording to {@code recordingFile} (.edf: EDF+ with the events as annotations) and,
     * when {@code truthFile} is not null, the truth as JSON.
     *
     * @throws IllegalArgumentException when the extension names no supported format
     */
    public static void write(SimulatedSession session, SimulationConfig config, Path recordingFile, Path truthFile)
            throws IOException {
        String name = recordingFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".edf")) {
            throw new IllegalArgumentException(recordingFile + ": unsupported output format (use .edf or .csv)");
        }
        EdfWriter.write(session.recording(), recordingFile);
        if (truthFile != null) {
            TruthJson.write(session, config, truthFile);
        }
    }
}
