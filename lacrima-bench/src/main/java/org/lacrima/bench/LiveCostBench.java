package org.lacrima.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.LiveAnalyzer;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The live-feed acceptance of issue 15 (live feeding costs no more than 1.5× the file path per hour): one simulated
 * hour (ECG 500 Hz, EDA 32 Hz, RSP 50 Hz by default, seed 20260101, without the simulator's reference beats, whose
 * slicing is the feeder's cost) analysed alternately as a live feed in 1-s chunks and as a file read in 1-min chunks
 * ({@link LiveAnalyzer#forFile}), in one JVM so both run under the same load; CPU time of the analysing thread.
 * Prints the median of the first runs after two (JIT still compiling: a live block's methods run once per block, 360
 * times an hour, so they reach full compilation only after some twenty hours) and of the last runs (steady state).
 *
 * <pre>
 * java -cp lacrima-bench/target/benchmarks.jar org.lacrima.bench.LiveCostBench [--runs 30] [--channels ECG,EDA,RSP]
 * </pre>
 */
public final class LiveCostBench {
    private static final long SEED = 20_260_101L;

    private LiveCostBench() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(arg(args, "--runs", "30"));
        Set<ChannelType> channels = EnumSet.noneOf(ChannelType.class);
        for (String c : arg(args, "--channels", "ECG,EDA,RSP").split(",")) {
            channels.add(ChannelType.valueOf(c.trim()));
        }
        Recording simulated = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(SEED)
                .withDurationSec(3600).withChannels(channels)).recording();
        Recording recording = new Recording(simulated.metadata(), simulated.channels(), simulated.events());
        double[] live = new double[runs];
        double[] file = new double[runs];
        for (int r = 0; r < runs; r++) {
            live[r] = cpuMs(recording, true);
            file[r] = cpuMs(recording, false);
        }
        int early = Math.min(runs, 11);
        int late = Math.max(early, runs - 10);
        System.out.printf(Locale.ROOT, "%s, %d runs each, load %.2f%n", channels, runs, load());
        report("runs 3-" + early, live, file, Math.min(2, early - 1), early);
        report("runs " + (late + 1) + "-" + runs, live, file, late, runs);
    }

    private static void report(String what, double[] live, double[] file, int from, int to) {
        double l = median(live, from, to);
        double f = median(file, from, to);
        System.out.printf(Locale.ROOT, "%s: live %.1f ms, file %.1f ms, live / file %.2f%n", what, l, f, l / f);
    }

    private static double cpuMs(Recording recording, boolean live) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        double end = recording.durationSec();
        double chunk = live ? 1 : 60;
        LiveAnalyzer analyzer = live ? new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults())
                : LiveAnalyzer.forFile(recording.metadata(), AnalysisOptions.defaults());
        for (double t = 0; t < end; t += chunk) {
            analyzer.accept(recording.slice(t, Math.min(end, t + chunk)));
        }
        analyzer.finish();
        return (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }

    private static double median(double[] x, int from, int to) {
        double[] s = Arrays.copyOfRange(x, from, to);
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
