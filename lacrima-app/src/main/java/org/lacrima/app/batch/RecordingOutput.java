package org.lacrima.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.output.OutputSet;

/** One file written per analysed recording in a batch (its JSON, its report, its figures ...). */
@FunctionalInterface
public interface RecordingOutput {

    /**
     * Writes this output of {@code analysed} for {@code dir} into {@code outputs}: under the name that
     * {@link OutputSet#stage} gives, so that a recording's outputs appear together or not at all.
     *
     * @param name the recording's unique name in the batch, the stem of every file written for it
     */
    void write(AnalysisService.Result analysed, OutputSet outputs, Path dir, String name) throws IOException;
}
