package org.lacrima.app.cli;

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

    /** The first line of a failure's message, or its kind when it has none. */
    static String firstLine(Throwable ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
