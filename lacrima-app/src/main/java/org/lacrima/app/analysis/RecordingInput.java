package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Event;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * A recording as a command gets it: read by the io module's readers, with the events of an events
 * file merged in by onset. Shared by {@code analyze}, {@code info} and {@code convert} so that all
 * three see the same recording.
 */
public final class RecordingInput {
    private RecordingInput() {
    }

    /**
     * Reads {@code recording} and merges the events of {@code eventsFile}, if given.
     *
     * @throws RecordingFormatException naming the file when it does not exist or cannot be read
     */
    public static ReadResult read(Path recording, Optional<Path> eventsFile, ReadOptions options) throws IOException {
        return read(recording, eventsFile, List.of(), options);
    }

    /**
     * Reads {@code recording} and merges the events of {@code eventsFile}, if given, and {@code moreEvents}.
     *
     * @throws RecordingFormatException naming the file when it does not exist or cannot be read
     */
    public static ReadResult read(Path recording, Optional<Path> eventsFile, List<Event> moreEvents,
                                  ReadOptions options) throws IOException {
        if (!Files.exists(recording)) {
            throw new RecordingFormatException(recording, "no such file or folder");
        }
        ReadResult read = RecordingSource.read(recording, options);
        if (eventsFile.isEmpty() && moreEvents.isEmpty()) {
            return read;
        }
        return new ReadResult(read.recording().withEvents(merge(read.recording().events(),
                read.recording().metadata().start(), eventsFile, moreEvents)),
                read.warnings());
    }

    /**
     * The recording's own events with those of {@code eventsFile}, if given (clock-time onsets placed by the
     * recording's {@code start}), and {@code moreEvents}, by onset (events of equal onset in that order); {@code own}
     * as it is when there is nothing to add.
     */
    public static List<Event> merge(List<Event> own, Optional<java.time.LocalDateTime> start, Optional<Path> eventsFile,
                                    List<Event> moreEvents) throws IOException {
        if (eventsFile.isEmpty() && moreEvents.isEmpty()) {
            return own;
        }
        List<Event> events = new ArrayList<>(own);
        if (eventsFile.isPresent()) {
            events.addAll(RecordingSource.readEvents(eventsFile.get(), start));
        }
        events.addAll(moreEvents);
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        return events;
    }
}
