package org.lacrima.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.app.analysis.AnalysisService;

/** Reads one recording (file, WFDB header, E4 folder or zip) and analyses it. */
@FunctionalInterface
public interface SessionPipeline {

    /**
     * @param input  the recording
     * @param events an events file ({@code onset,label[,duration]}) whose events join the recording's own
     * @throws IOException with a one-line message naming the file and the problem when it cannot
     *                     be read (e.g. {@link org.lacrima.io.RecordingFormatException})
     */
    AnalysisService.Result analyse(Path input, Optional<Path> events) throws IOException;
}
