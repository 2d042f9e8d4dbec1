package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.RecordingHeader;

/**
 * What the EDF+ annotation outputs need of a recording read in chunks, collected as the chunks go by
 * ({@link AnalysisService.ChunkTap}): its metadata, the file's own events and where the recording ends, never its
 * samples.
 */
public final class RecordingOutline implements AnalysisService.ChunkTap {
    private Recording first;
    private final List<Event> own = new ArrayList<>();
    private double durationSec;

    @Override
    public void accept(RecordingHeader header, Recording chunk) {
        if (first == null) {
            first = chunk;
        }
        own.addAll(chunk.events());
        durationSec = Math.max(durationSec, chunk.durationSec());
    }

    /** The events the file itself holds, in file order. */
    public List<Event> ownEvents() {
        return List.copyOf(own);
    }

    /**
     * The recording without its samples: its metadata and its events with those of {@code eventsFile} and
     * {@code moreEvents} merged in, as a whole read merges them ({@link RecordingInput#merge}).
     */
    public Recording withoutSamples(Optional<Path> eventsFile, List<Event> moreEvents) throws IOException {
        if (first == null) {
            throw new IllegalStateException("no chunk seen");
        }
        return new Recording(first.metadata(), List.of(), RecordingInput.merge(ownEvents(),
                first.metadata().start(), eventsFile, moreEvents));
    }

    /** Seconds from the recording's start to the end of its longest channel, as a whole read gives it. */
    public double durationSec() {
        return durationSec;
    }
}
