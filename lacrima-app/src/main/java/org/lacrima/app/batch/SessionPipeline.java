package org.lacrima.app.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one recording (file, WFDB header, E4 folder or zip) and analyses it. */
@FunctionalInterface
public interface SessionPipeline {

    /**
     * @throws IOException with a one-line message naming the file and the problem when it cannot
     *                     be read (e.g. {@link org.lacrima.io.RecordingFormatException})
     */
    AnalysedRecording analyse(Path input) throws IOException;
}
