package org.lacrima.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lacrima.core.model.Recording;
import org.lacrima.io.csv.CsvRecordingWriter;
import org.lacrima.io.edf.EdfWriter;

/** Writes a recording in the format its file name asks for; the counterpart of {@link RecordingReaders}. */
public final class RecordingWriters {
    private RecordingWriters() {
    }

    /**
     * Writes {@code recording} to {@code target}: {@code .edf} as EDF+C with the events as annotations,
     * {@code .csv} as CSV (events are not part of a recording CSV; write them with
     * {@link org.lacrima.io.csv.EventsCsv#write}). Either way via a temporary file moved into place.
     *
     * @throws IllegalArgumentException if the extension is neither .edf nor .csv
     */
    public static void write(Recording recording, Path target) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".edf")) {
            EdfWriter.write(recording, target);
        } else if (name.endsWith(".csv")) {
            CsvRecordingWriter.write(recording, target);
        } else {
            throw new IllegalArgumentException(target.getFileName() + ": unsupported output format (use .edf or .csv)");
        }
    }
}
