package org.lacrima.app.batch;

import java.util.Objects;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Recording;

/**
 * A recording as read and its analysis.
 *
 * @param recording the recording (its raw channels feed the report's signal plots)
 * @param analysis  what the analysis found
 */
public record AnalysedRecording(Recording recording, SessionAnalysis analysis) {
    public AnalysedRecording {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(analysis, "analysis");
    }
}
