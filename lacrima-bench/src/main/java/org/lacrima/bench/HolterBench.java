package org.lacrima.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;

/**
 * The Holter acceptance of issue 15: a simulated recording of {@code --hours} (default 24) with ECG at
 * 500 Hz, EDA and respiration at 50 Hz and six episodes, written as EDF+, analysed by
 * {@code lacrima.jar analyze FILE --json OUT} in a forked JVM limited to {@code --heap} (default 256m)
 * with {@code -Xlog:gc}: exit status, wall and CPU seconds, and the heap figures of the GC log.
 *
 * <pre>
 * java -cp lacrima-bench/target/benchmarks.jar org.lacrima.bench.HolterBench [--hours 24] [--heap 256m]
 *     [--jar lacrima-app/target/lacrima.jar] [--work DIR]
 * </pre>
 */
public final class HolterBench {
    private HolterBench() {
    }

    public static void main(String[] args) throws Exception {
        double hours = Double.parseDouble(arg(args, "--hours", "24"));
        String heap = arg(args, "--heap", "256m");
        Path jar = Path.of(arg(args, "--jar", "lacrima-app/target/lacrima.jar"));
        Path work = Files.createDirectories(Path.of(arg(args, "--work",
                Files.createTempDirectory("lacrima-holter").toString())));
        Path edf = work.resolve("holter.edf");
        if (!Files.exists(edf)) {
            Recording holter = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(3)
                    .withDurationSec(hours * 3600)
                    .withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED, Outcome.SUBSIDED, Outcome.RESOLVED,
                            Outcome.RESOLVED, Outcome.SUBSIDED)
                    .withChannels(Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))).recording();
            EdfWriter.write(holter, edf);
        }
        Path gcLog = work.resolve("holter-gc.log");
        ForkedJvm.Outcome run = ForkedJvm.run(List.of(ForkedJvm.javaLauncher(), "-Xmx" + heap,
                "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "analyze", edf.toString(),
                "--json", work.resolve("holter.json").toString()), work);
        ForkedJvm.GcSummary gc = ForkedJvm.parseGcLog(gcLog);
        System.out.println(new MarkdownTable("recording", "heap limit", "exit", "wall s", "CPU s", "GC pauses",
                "max heap before GC MB", "max heap after GC MB", "output")
                .row(String.format(java.util.Locale.ROOT, "%.0f h, %.0f MB EDF", hours, Files.size(edf) / 1e6), heap,
                        run.exitCode(), run.wallSec(), run.cpuSec(), gc.pauses(), gc.maxBeforeMb(), gc.maxAfterMb(),
                        run.ok() ? run.outputLine() : run.errorLine()));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
