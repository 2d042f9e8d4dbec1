package org.lacrima.core.analysis;

import org.lacrima.core.model.Recording;

/**
 * Analyses a whole recording: a file is a stream that arrives at once, so this feeds it to a
 * {@link LiveAnalyzer} in one chunk and finishes it. Live and file analysis run the same code.
 */
public final class SessionAnalyzer {
    private final AnalysisOptions options;

    /** An analyzer with these options. */
    public SessionAnalyzer(AnalysisOptions options) {
        this.options = options;
    }

    /** An analyzer with the default options. */
    public SessionAnalyzer() {
        this(AnalysisOptions.defaults());
    }

    /**
     * Analyses {@code recording}.
     *
     * @throws IllegalArgumentException if the options name a channel the recording lacks
     */
    public SessionAnalysis analyze(Recording recording) {
        LiveAnalyzer live = LiveAnalyzer.forRecording(recording.metadata(), options);
        live.accept(recording);
        return live.finish();
    }

    /** The options used. */
    public AnalysisOptions options() {
        return options;
    }
}
