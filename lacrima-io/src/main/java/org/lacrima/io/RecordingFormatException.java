package org.lacrima.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A recording file that cannot be read as what it claims to be. The message is one line that
 * names the file and the problem, fit to show a user as is.
 */
public class RecordingFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public RecordingFormatException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public RecordingFormatException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
