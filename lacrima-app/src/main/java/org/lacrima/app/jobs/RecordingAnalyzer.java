package org.lacrima.app.jobs;

import java.io.IOException;

import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * Reads and analyses one uploaded recording. The queue depends only on this, so its persistence and
 * failure handling do not care which pipeline sits behind it.
 */
@FunctionalInterface
public interface RecordingAnalyzer {
    /**
     * @throws IOException for an unreadable file; its message (one line naming the file) is shown to
     *                     the clinician as the reason the job failed
     */
    SessionAnalysis analyze(AnalysisRequest request) throws IOException;

    /** Analyses, telling {@code stages} when each stage starts; analyzers without stages just analyse. */
    default SessionAnalysis analyze(AnalysisRequest request, AnalysisService.StageListener stages)
            throws IOException {
        return analyze(request);
    }

    /**
     * The analysis the CLI runs too, so an upload is analysed exactly like a file; read in chunks
     * ({@link AnalysisService#analyzeStreamed}), since the job keeps the analysis, not the samples.
     */
    static RecordingAnalyzer service() {
        AnalysisService service = new AnalysisService();
        return new RecordingAnalyzer() {
            @Override
            public SessionAnalysis analyze(AnalysisRequest request) throws IOException {
                return service.analyzeStreamed(request, AnalysisService.StageListener.NONE);
            }

            @Override
            public SessionAnalysis analyze(AnalysisRequest request, AnalysisService.StageListener stages)
                    throws IOException {
                return service.analyzeStreamed(request, stages);
            }
        };
    }
}
