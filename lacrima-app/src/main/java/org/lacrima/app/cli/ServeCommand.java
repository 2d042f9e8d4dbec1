package org.lacrima.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the serve command lands. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lacrima: serve is not implemented yet");
        return 2;
    }
}
