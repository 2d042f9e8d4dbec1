package org.lacrima.app.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.csv.CsvRecordingWriter;
import org.lacrima.io.csv.EventsCsv;
import org.lacrima.io.e4.E4Writer;
import org.lacrima.io.polar.PolarRrWriter;
import org.lacrima.io.polar.PolarSessionWriter;
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
     * Writes the recording to {@code recordingFile} — {@code .edf}: EDF+ with the events as
     * annotations; {@code .csv}: a time column plus one column per channel, with the events in the
     * sidecar {@link #eventsSidecar(Path)}; {@code .zip}: an Empatica E4 export (EDA, BVP, ACC, events
     * as tags); {@code .txt}: a Polar Sensor Logger RR export with the events in the sidecar; a name without
     * extension: a Polar Sensor Logger session folder (RR, ACC when recorded, events.csv) — and, when
     * {@code truthFile} is not null, the truth as JSON.
     *
     * @throws IllegalArgumentException naming the file when the extension names no supported format, or
     *                                  when the channel rates do not fit one CSV row grid
     */
    public static void write(SimulatedSession session, SimulationConfig config, Path recordingFile, Path truthFile)
            throws IOException {
        String name = recordingFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".edf")) {
            // EDF+ holds sampled signals only: a strap's RR intervals would be left out, and with them the heart
            if (session.recording().channels().stream().anyMatch(c -> !c.isRegular())) {
                throw new IllegalArgumentException(recordingFile + ": EDF+ cannot hold RR intervals (use .txt for a "
                        + "Polar RR export, a name without extension for a Polar session folder, or .csv)");
            }
            EdfWriter.write(session.recording(), recordingFile);
        } else if (name.endsWith(".csv")) {
            try {
                CsvRecordingWriter.write(session.recording(), recordingFile);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(recordingFile + ": " + e.getMessage(), e);
            }
            EventsCsv.write(session.recording().events(), eventsSidecar(recordingFile));
        } else if (name.endsWith(".zip")) {
            try {
                E4Writer.write(session.recording(), recordingFile);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(recordingFile + ": " + e.getMessage() + " (use --preset wrist)", e);
            }
        } else if (name.endsWith(".txt")) {
            try {
                PolarRrWriter.write(session.recording(), recordingFile);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(recordingFile + ": " + e.getMessage() + " (use --preset rr)", e);
            }
            EventsCsv.write(session.recording().events(), eventsSidecar(recordingFile));
        } else if (isSessionFolder(recordingFile)) {
            try {
                PolarSessionWriter.write(session.recording(), recordingFile);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(recordingFile + ": " + e.getMessage() + " (use --preset rr-acc)", e);
            }
        } else {
            throw new IllegalArgumentException(recordingFile + ": unsupported output format (use .edf, .csv, .zip for an "
                    + "E4 export, .txt for a Polar RR export or a name without extension for a Polar session folder)");
        }
        if (truthFile != null) {
            TruthJson.write(session, config, truthFile);
        }
    }

    /** Whether {@code recordingFile} names a Polar session folder: a name without extension. */
    static boolean isSessionFolder(Path recordingFile) {
        return !recordingFile.getFileName().toString().contains(".");
    }

    /**
     * Where the events of the recording written to {@code recordingFile} go as a file of their own: beside a CSV
     * recording or a Polar RR export ({@link #eventsSidecar}), inside a Polar session folder; empty for EDF+ and E4,
     * which hold them.
     */
    public static java.util.Optional<Path> eventsFile(Path recordingFile) {
        String name = recordingFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return java.util.Optional.of(eventsSidecar(recordingFile));
        }
        return isSessionFolder(recordingFile) ? java.util.Optional.of(recordingFile.resolve("events.csv"))
                : java.util.Optional.empty();
    }

    /**
     * Where the events of a CSV recording or a Polar RR export go: {@code session.csv} or
     * {@code session.txt} → {@code session.events.csv} beside it.
     */
    public static Path eventsSidecar(Path csvFile) {
        String name = csvFile.getFileName().toString();
        String stem = name.substring(0, name.length() - ".csv".length());
        return csvFile.resolveSibling(stem + ".events.csv");
    }
}
