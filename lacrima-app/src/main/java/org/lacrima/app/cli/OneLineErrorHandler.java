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
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("lacrima: " + message.lines().findFirst().orElse(message));
        if (System.getenv("LACRIMA_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }
}
