package org.lacrima.core.analysis;

import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.model.Recording;

/** Test helper: analyses a recording as {@link SessionAnalyzer} does and keeps the detector's axes. */
public final class AxesProbe {
    /** The analysis and the S/P axes the episode detector was fed. */
    public record Probe(SessionAnalysis analysis, AxisHistory axes) {
    }

    private AxesProbe() {
    }

    public static Probe analyze(Recording recording) {
        LiveAnalyzer live = LiveAnalyzer.forRecording(recording.metadata(), AnalysisOptions.defaults());
        live.accept(recording);
        SessionAnalysis analysis = live.finish();
        return new Probe(analysis, live.detector().axes().orElse(null));
    }
}
