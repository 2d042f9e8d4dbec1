package org.lacrima.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.json.AnalysisJsonWriter;

/**
 * Does, on a second thread, the one-off work a cold {@code analyze} would otherwise do on its main thread: it
 * analyses a short simulated chest session and writes its JSON to nowhere, then sets up the random source that
 * names the outputs' temporary files. The main thread meanwhile parses the command line and reads the recording.
 * Every class the analysis uses is then loaded and initialised, its lambdas linked (each first call of a lambda's
 * site costs about 0.4 ms interpreted) and its call sites resolved, and its busiest loops are being compiled,
 * before the main thread gets there: on two cores this leaves the cold start's critical path (BENCHMARKS.md,
 * "Cold start"). The warm-up shares no state with the command's analysis, so nothing here changes a result; a
 * failure only loses the head start.
 */
final class StartupWarmup {
    /**
     * Length of the simulated session, seconds. Most of the warm-up's cost is the first run of each piece of code,
     * whatever the length: 30, 60 and 120 s left the main thread the same lambdas to link, and 60 s is a whole
     * slow-breathing window.
     */
    static final double SESSION_SEC = 60;

    private StartupWarmup() {
    }

    /** Starts the warm-up when {@code args} run {@code analyze}; other commands start as they did. */
    static void startFor(String[] args) {
        if (args.length == 0 || !args[0].equals("analyze") || Boolean.getBoolean("lacrima.noWarmup")) {
            return;
        }
        Thread t = new Thread(StartupWarmup::run, "lacrima-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            warmUp();
            StartupTrace.mark("warm-up done");
        } catch (IOException | RuntimeException | Error e) {
            // only a head start: the main thread does the same work when it gets there
        }
    }

    /** The warm-up itself; throws what it meets (tests call it to see that it still runs). */
    static void warmUp() throws IOException {
        SimulationConfig chest = SimulationConfig.defaults()
                .withDurationSec(SESSION_SEC)
                .withEpisodes(List.of())
                .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))
                .withRateHz(ChannelType.EDA, 32);
        SessionAnalysis analysis = new SessionAnalyzer().analyze(SessionSimulator.simulate(chest).recording());
        // the JSON mapping: Jackson's mapper with the analysis module, which also loads the JDK's locale data
        new AnalysisJsonWriter(false).write(analysis, OutputStream.nullOutputStream());
        // what a session this short does not reach: the episodes' metric accessors (14 method references), the line
        // printed at the end
        EpisodeMetric.values();
        AnalyzeCommand.summary(Path.of("warm-up.edf"), analysis, 1);
        // the provider list and the PRNG that Files.createTempFile uses for the outputs' temporary names
        new SecureRandom().nextLong();
    }
}
