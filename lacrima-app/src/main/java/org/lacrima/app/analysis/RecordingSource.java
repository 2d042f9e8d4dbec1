package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.Event;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.edf.EdfReader;

/** Where the service gets recordings and events files from: the io module's readers. */
final class RecordingSource {
    private RecordingSource() {
    }

    static ReadResult read(Path file, ReadOptions options) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".edf") || name.endsWith(".bdf")) {
            return EdfReader.read(file, options.typing());
        }
        throw new RecordingFormatException(file, "format not supported yet (EDF/BDF only in this build)");
    }

    static List<Event> readEvents(Path file) throws IOException {
        throw new RecordingFormatException(file, "events files are not supported yet in this build");
    }
}
