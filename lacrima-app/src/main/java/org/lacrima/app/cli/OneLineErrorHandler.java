package org.lacrima.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure of a command into one line on stderr and exit code 1: users see what is wrong
 * with their file, not a stack trace. Set {@code LACRIMA_DEBUG=1} to get the trace.
 */
final class OneLineErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        cl.getErr().println("lacrima: " + firstLine(ex));
        if (System.getenv("LACRIMA_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }

    /**
     * The first line of a failure's message, or its kind when it has none. The JDK's file-system failures carry only a
     * path (for an output, the temporary sibling it was written under): they are said in words, naming the folder
     * that is missing rather than a temporary file in it.
     */
    static String firstLine(Throwable ex) {
        if (ex instanceof NoSuchFileException missing && missing.getFile() != null) {
            Path file = Path.of(missing.getFile()).toAbsolutePath();
            Path folder = file.getParent();
            return folder != null && !Files.isDirectory(folder) ? folder + ": no such folder"
                    : missing.getFile() + ": no such file or folder";
        }
        if (ex instanceof AccessDeniedException denied && denied.getFile() != null) {
            return denied.getFile() + ": permission denied";
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
