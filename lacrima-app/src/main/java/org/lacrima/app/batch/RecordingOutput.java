package org.lacrima.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.lacrima.app.analysis.AnalysisService;

/** One file written per analysed recording in a batch (its JSON, its report, its figures ...). */
@FunctionalInterface
public interface RecordingOutput {

    /**
     * Writes this output of {@code analysed} into {@code dir}.
     *
     * @param name the recording's unique name in the batch, the stem of every file written for it
     */
    void write(AnalysisService.Result analysed, Path dir, String name) throws IOException;
}
