package org.lacrima.core.analysis;

import java.util.List;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.Confirmation;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.model.Recording;

/** Test helper: analyses a recording as {@link SessionAnalyzer} does and keeps the detector's axes. */
public final class AxesProbe {
    /** The analysis, the S/P axes the episode detector was fed, the candidates it confirmed and those it turned down. */
    public record Probe(SessionAnalysis analysis, AxisHistory axes, List<Confirmation> confirmations,
                        List<DroppedCandidate> dropped) {
    }

    private AxesProbe() {
    }

    public static Probe analyze(Recording recording) {
        LiveAnalyzer live = LiveAnalyzer.forRecording(recording.metadata(), AnalysisOptions.defaults());
        live.accept(recording);
        SessionAnalysis analysis = live.finish();
        return new Probe(analysis, live.detector().axes().orElse(null), live.detector().confirmations(),
                live.detector().dropped());
    }
}
