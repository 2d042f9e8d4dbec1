package org.lacrima.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code lacrima} command line, in process, as a user would type it (built as {@code main} builds
 * it, with only the named subcommand): its exit code
 * and what it printed on stderr and stdout.
 */
record CliRun(int exit, String err, String out) {

    static CliRun of(String... args) {
        CommandLine cl = LacrimaCli.commandLine(args);
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        return new CliRun(cl.execute(args), err.toString(), out.toString());
    }
}
