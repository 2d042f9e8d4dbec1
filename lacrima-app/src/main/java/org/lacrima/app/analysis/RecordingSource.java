package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.lacrima.core.model.Event;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.csv.EventsCsv;

/** Where the service gets recordings and events files from: the io module's readers. */
final class RecordingSource {
    private RecordingSource() {
    }

    static ReadResult read(Path file, ReadOptions options) throws IOException {
        return RecordingReaders.read(file, options);
    }

    /** The events of {@code file}, clock-time onsets placed by the recording's {@code start}. */
    static List<Event> readEvents(Path file, java.util.Optional<java.time.LocalDateTime> start) throws IOException {
        return EventsCsv.read(file, () -> start);
    }
}
