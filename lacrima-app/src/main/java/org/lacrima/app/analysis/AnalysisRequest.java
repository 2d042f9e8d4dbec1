package org.lacrima.app.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.model.Event;
import org.lacrima.io.ReadOptions;

/**
 * One recording to analyse: the file, an optional events file, how to read it and how to analyse it.
 *
 * @param recording   the recording file or folder (E4 export)
 * @param eventsFile  an {@code onset,label[,duration]} CSV whose events are added to the file's own
 * @param readOptions format, channel mapping, CSV rate
 * @param options     analysis options
 * @param events      further events (marked in the web app), added to the file's own as they are, kinds and all
 * @param intervalsBeside an RR export kept beside the recording, on its clock (a live strap's intervals beside the EDF+
 *                    that cannot hold them), whose beats join the recording ({@link IntervalsBeside})
 */
public record AnalysisRequest(Path recording, Optional<Path> eventsFile, ReadOptions readOptions,
                              AnalysisOptions options, List<Event> events, Optional<Path> intervalsBeside) {
    public AnalysisRequest {
        events = List.copyOf(events);
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(intervalsBeside, "intervalsBeside");
        Objects.requireNonNull(eventsFile, "eventsFile");
        Objects.requireNonNull(readOptions, "readOptions");
        Objects.requireNonNull(options, "options");
    }

    /** A request without intervals kept beside the recording. */
    public AnalysisRequest(Path recording, Optional<Path> eventsFile, ReadOptions readOptions, AnalysisOptions options,
                           List<Event> events) {
        this(recording, eventsFile, readOptions, options, events, Optional.empty());
    }

    /** A request without further events. */
    public AnalysisRequest(Path recording, Optional<Path> eventsFile, ReadOptions readOptions, AnalysisOptions options) {
        this(recording, eventsFile, readOptions, options, List.of());
    }

    /** The same request analysed with {@code newOptions}: the same file, events file and further events. */
    public AnalysisRequest withOptions(AnalysisOptions newOptions) {
        return new AnalysisRequest(recording, eventsFile, readOptions, newOptions, events, intervalsBeside);
    }

    /** A request with default reading and analysis options. */
    public static AnalysisRequest of(Path recording) {
        return new AnalysisRequest(recording, Optional.empty(), ReadOptions.defaults(), AnalysisOptions.defaults());
    }
}
