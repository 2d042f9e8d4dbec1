package org.lacrima.app.jobs;

import java.io.IOException;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * Reads and analyses one uploaded recording. The web app and its queue depend only on this, so the
 * queue, its persistence and its failure handling do not care which pipeline sits behind it.
 */
@FunctionalInterface
public interface RecordingAnalyzer {
    /**
     * @throws IOException for an unreadable file; its message (one line naming the file) is shown to
     *                     the clinician as the reason the job failed
     */
    SessionAnalysis analyze(AnalysisRequest request) throws IOException;
}
