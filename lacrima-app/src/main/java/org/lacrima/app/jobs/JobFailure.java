package org.lacrima.app.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one-line reason a clinician sees when an analysis fails: the file's own message when the file
 * is at fault, a plain sentence otherwise. Never a class name, a stack trace or a path on the server.
 */
final class JobFailure {
    static final String OUT_OF_MEMORY = "the recording needs more memory than one analysis may use; "
            + "it was stopped and nothing else was affected";
    static final String TOO_DEEP = "the recording is nested too deeply to be read; it was stopped and nothing "
            + "else was affected";
    static final String UNEXPECTED = "the analysis stopped unexpectedly; the error was logged for the administrator";
    /** An absolute path as a reader might quote it; only its last element is kept, after "…/". */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?<![\\w.])/(?:[^/\\s:,;'\"]+/)+([^/\\s:,;'\"]+)");
    private static final int MAX_LENGTH = 300;

    private JobFailure() {
    }

    /**
     * @param scratch the job's work folder, whose path is cut from messages (may be null)
     */
    static String reasonFor(Throwable e, Path scratch) {
        if (e instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (e instanceof StackOverflowError) {
            return TOO_DEEP;
        }
        boolean fileAtFault = e instanceof IOException || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException;
        if (!fileAtFault || e.getMessage() == null || e.getMessage().isBlank()) {
            return fileAtFault ? "the recording could not be read" : UNEXPECTED;
        }
        String line = e.getMessage().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (scratch != null) {
            line = line.replace(scratch.toAbsolutePath() + "/recording/", "").replace(scratch.toAbsolutePath() + "/", "");
        }
        line = ABSOLUTE_PATH.matcher(line).replaceAll("…/$1");
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
