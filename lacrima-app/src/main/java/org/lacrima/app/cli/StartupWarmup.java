package org.lacrima.app.cli;

import java.security.SecureRandom;
import org.lacrima.io.json.AnalysisJsonWriter;

/**
 * Sets up, on a second thread, what a one-shot {@code analyze} needs only at its end: the JSON mapping (Jackson's
 * mapper, which also loads the JDK's locale data) and the random source that names the outputs' temporary files.
 * The main thread meanwhile parses the command line and analyses, so on two cores this leaves the cold start's
 * critical path (BENCHMARKS.md, "Cold start"). Nothing here changes a result; a failure only loses the head start.
 */
final class StartupWarmup {
    private StartupWarmup() {
    }

    /** Starts the warm-up when {@code args} run {@code analyze}; other commands start as they did. */
    static void startFor(String[] args) {
        if (args.length == 0 || !args[0].equals("analyze")) {
            return;
        }
        Thread t = new Thread(StartupWarmup::run, "lacrima-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            AnalysisJsonWriter.prepare();
            // the provider list and the PRNG that Files.createTempFile uses for the outputs' temporary names
            new SecureRandom().nextLong();
        } catch (RuntimeException | Error e) {
            // only a head start: the main thread does the same work when it gets there
        }
    }
}
