package org.lacrima.app.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.Event;

/**
 * One analysis to run.
 *
 * @param recording    the recording file (or the folder of a multi-file export)
 * @param eventsFile   an events CSV ({@code onset,label}), or null
 * @param formatHint   a format name the clinician chose, or null to detect it
 * @param markedEvents events the clinician marked in the app (added to those in the files)
 * @param settings     baseline and intervention labels
 */
public record AnalysisRequest(Path recording, Path eventsFile, String formatHint, List<Event> markedEvents,
                              AnalysisSettings settings) {
    public AnalysisRequest {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(settings, "settings");
        markedEvents = List.copyOf(markedEvents);
    }
}
