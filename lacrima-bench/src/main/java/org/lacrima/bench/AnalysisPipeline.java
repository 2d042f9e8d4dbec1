package org.lacrima.bench;

import java.nio.file.Path;

/** What the end-to-end benchmark times: one recording file analysed into one JSON file. */
public interface AnalysisPipeline {
    /** A short description for the report, e.g. "read + stages". */
    String description();

    /**
     * Analyses {@code recording} and writes the result to {@code json}, timing its stages in {@code laps}.
     *
     * @throws Exception whatever the reader or writer throws; the benchmark stops on it
     */
    void analyze(Path recording, Path json, StageLaps laps) throws Exception;

    /** File to JSON as the CLI's {@code analyze} does it: the pipeline the goals are stated for. */
    static AnalysisPipeline session() {
        return new SessionPipeline();
    }

    /** The signal-processing stages called one by one, for the per-stage profile. */
    static AnalysisPipeline stages() {
        return new StagePipeline();
    }
}
