package org.lacrima.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the simulator lands with issue 2. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a therapy session with known episodes (EDF+ or CSV) and its ground truth.")
final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lacrima: simulate is not implemented yet");
        return 2;
    }
}
