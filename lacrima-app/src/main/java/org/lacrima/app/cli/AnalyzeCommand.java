package org.lacrima.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the analyze command lands. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lacrima: analyze is not implemented yet");
        return 2;
    }
}
