package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A recording that was read but could not be analysed: values the readers accept but the analysis
 * cannot work with, or more memory than the JVM has. The message is one line naming the file, fit
 * to show a user; the cause (for logs only) is kept.
 */
public class AnalysisFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    public AnalysisFailedException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
    }
}
