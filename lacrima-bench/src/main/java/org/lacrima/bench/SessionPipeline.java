package org.lacrima.bench;

import java.nio.file.Path;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.json.AnalysisJsonWriter;

/**
 * What {@code lacrima analyze FILE --json OUT.json} does, without the CLI around it: detect the
 * format and read the file, analyse it with the default options, write the JSON.
 */
final class SessionPipeline implements AnalysisPipeline {
    @Override
    public String description() {
        return "RecordingReaders.read (format detection + EDF) → SessionAnalyzer → AnalysisJsonWriter (as `analyze --json`)";
    }

    @Override
    public void analyze(Path file, Path json, StageLaps laps) throws Exception {
        Recording recording = laps.time("read", () -> RecordingReaders.read(file, ReadOptions.defaults()).recording());
        SessionAnalysis analysis = laps.time("analyze", () -> new SessionAnalyzer().analyze(recording));
        laps.time("write JSON", () -> {
            new AnalysisJsonWriter(false).write(analysis, json);
            return json;
        });
    }
}
