package org.lacrima.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark: simulates a chest session (ECG 500 Hz, EDA 32 Hz, RSP 50 Hz) and a
 * wrist session (BVP 64 Hz, EDA 4 Hz, ACC 32 Hz), writes them as EDF, and times the analysis from
 * file to JSON: warm in this JVM, cold in fresh processes (the bench pipeline, and the
 * {@code lacrima.jar analyze} CLI when the jar is built), the live heap in a forked JVM limited to
 * 8× the raw sample bytes, and a scaling run over session lengths. Prints Markdown tables.
 *
 * <pre>
 * ./mvnw -B -q -pl lacrima-bench -am package -DskipTests
 * java -cp lacrima-bench/target/benchmarks.jar org.lacrima.bench.EndToEndBench [--minutes 60] ...
 * </pre>
 */
public final class EndToEndBench {
    /** Goal: peak heap at most this multiple of the raw sample bytes. */
    static final int HEAP_GOAL_FACTOR = 8;
    private static final int MAX_HEAP_FACTOR = 128;
    private static final String ANALYZE_ONCE = "--analyze-once";
    private static final String IDLE = "--idle";

    private final E2eOptions options;
    private final AnalysisPipeline pipeline = AnalysisPipeline.session();
    private final PrintStream out;

    EndToEndBench(E2eOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals(ANALYZE_ONCE)) {
            AnalysisPipeline.session().analyze(Path.of(args[1]), Path.of(args[2]), new StageLaps());
            // the critical path of a cold run: what the main thread itself spent, start-up included
            System.out.printf(Locale.ROOT, "%.3f%n", ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
            return;
        }
        if (args.length == 1 && args[0].equals(IDLE)) {
            // the heap an idle JVM keeps live, subtracted from the analysis's live set
            System.gc();
            return;
        }
        E2eOptions options;
        try {
            options = E2eOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("EndToEndBench: " + e.getMessage());
            System.exit(2);
            return;
        }
        new EndToEndBench(options, System.out).run();
    }

    /** Runs every part the options ask for and prints the tables. */
    void run() throws Exception {
        Path work = options.workDir().isPresent() ? Files.createDirectories(options.workDir().get())
                : Files.createTempDirectory("lacrima-e2e");
        try {
            printHeader();
            List<SessionFile> sessions = List.of(
                    simulate("chest", options.minutes(), work),
                    simulate("wrist", options.minutes(), work));
            Map<SessionFile, RunStats> warm = warm(sessions, work);
            stages(warm, work);
            if (options.coldRuns() > 0) {
                cold(sessions.get(0), work);
                heapLimited(sessions, work);
            } else {
                out.println("\nCold and heap-limited runs skipped (--cold-runs 0).");
            }
            if (!options.scalingMinutes().isEmpty()) {
                scaling(work);
            }
        } finally {
            if (options.workDir().isEmpty()) {
                deleteTree(work);
            }
        }
    }

    private void printHeader() {
        Runtime rt = Runtime.getRuntime();
        out.println("# Lacrima end-to-end benchmark\n");
        out.println("- pipeline: " + pipeline.description());
        out.println("- profile: " + AnalysisPipeline.stages().description());
        out.printf(Locale.ROOT, "- JVM: %s %s, %d processors visible, max heap %d MB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20);
        out.printf(Locale.ROOT, "- load average at start: %.2f%n", loadAverage());
        out.printf(Locale.ROOT, "- warm: median of %d runs after %d warm-up runs in this JVM; CPU = analysing thread only%n",
                options.runs(), options.warmupRuns());
    }

    private SessionFile simulate(String name, double minutes, Path work) throws IOException {
        var session = name.equals("chest") ? BenchSessions.chest(minutes) : BenchSessions.wrist(minutes);
        return SessionFile.write(name, minutes, session.recording(), work);
    }

    private Map<SessionFile, RunStats> warm(List<SessionFile> sessions, Path work) throws Exception {
        out.println("\n## Warm (in-process)\n");
        MarkdownTable t = new MarkdownTable("session", "samples", "file MB", "wall s", "CPU s", "samples/s (wall)",
                "× real time (wall)", "× real time (CPU)", "allocated MB", "peak heap MB", "load 1 min");
        Map<SessionFile, RunStats> all = new LinkedHashMap<>();
        WarmRunner runner = new WarmRunner(pipeline, options.warmupRuns(), options.runs());
        for (SessionFile s : sessions) {
            RunStats r = runner.measure(s, work.resolve(s.name() + ".json"));
            all.put(s, r);
            t.row(s.label(), s.samples(), s.fileBytes() / 1e6, r.wallSec(), r.cpuSec(), s.samples() / r.wallSec(),
                    s.durationSec() / r.wallSec(), s.durationSec() / r.cpuSec(), r.allocatedMb(), r.peakHeapMb(),
                    r.loadAverage());
        }
        out.print(t);
        return all;
    }

    private void stages(Map<SessionFile, RunStats> warm, Path work) throws Exception {
        out.println("\n## Where the warm time goes (median per stage)\n");
        MarkdownTable t = new MarkdownTable("session", "stage", "wall ms", "CPU ms");
        for (SessionFile s : warm.keySet()) {
            RunStats whole = warm.get(s);
            whole.stageWallMs().forEach((stage, wallMs) ->
                    t.row(s.label(), "pipeline: " + stage, wallMs, whole.stageCpuMs().get(stage)));
            RunStats r = new WarmRunner(AnalysisPipeline.stages(), options.warmupRuns(), options.runs())
                    .measure(s, work.resolve("stages.json"));
            r.stageWallMs().forEach((stage, wallMs) -> t.row(s.label(), stage, wallMs, r.stageCpuMs().get(stage)));
        }
        out.print(t);
    }

    private void cold(SessionFile chest, Path work) throws Exception {
        out.printf(Locale.ROOT, "%n## Cold (fresh process, %s, median of %d)%n%n", chest.label(), options.coldRuns());
        MarkdownTable t = new MarkdownTable("command", "wall s", "CPU s (all threads)", "main thread CPU s",
                "load 1 min", "note");
        Path json = work.resolve("cold.json");
        List<String> bench = ForkedJvm.javaCommand(List.of(), EndToEndBench.class.getName(),
                List.of(ANALYZE_ONCE, chest.edf().toString(), json.toString()));
        coldRow(t, "bench pipeline (java -cp benchmarks.jar … --analyze-once)", bench, work);
        Path jar = options.cliJar();
        if (Files.isRegularFile(jar)) {
            List<String> cli = List.of(ForkedJvm.javaLauncher(), "-jar", jar.toString(), "analyze",
                    chest.edf().toString(), "--json", json.toString());
            coldRow(t, "java -jar " + jar + " --help (JVM and CLI start-up only)",
                    List.of(ForkedJvm.javaLauncher(), "-jar", jar.toString(), "--help"), work);
            coldRow(t, "java -jar " + jar + " analyze … --json", cli, work);
        } else {
            t.row("java -jar " + jar + " analyze", "skipped", "", "", loadAverage(),
                    "jar not found; build it with ./mvnw -q -DskipTests package");
        }
        out.print(t);
    }

    private void coldRow(MarkdownTable t, String label, List<String> command, Path work) throws Exception {
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        List<Double> mainThread = new ArrayList<>();
        for (int i = 0; i < options.coldRuns(); i++) {
            ForkedJvm.Outcome o = ForkedJvm.run(command, work);
            if (!o.ok()) {
                t.row(label, "failed", "", "", loadAverage(), "exit " + o.exitCode() + ": " + o.errorLine());
                return;
            }
            walls.add(o.wallSec());
            cpus.add(o.cpuSec());
            if (o.outputLine().matches("\\d+\\.\\d+")) {
                mainThread.add(Double.parseDouble(o.outputLine()));
            }
        }
        t.row(label, RunStats.median(walls), RunStats.median(cpus),
                mainThread.isEmpty() ? "–" : RunStats.median(mainThread), loadAverage(), "");
    }

    private void heapLimited(List<SessionFile> sessions, Path work) throws Exception {
        out.printf(Locale.ROOT, "%n## Heap (forked JVM, pipeline run once, -Xmx = %d× raw sample bytes, doubled until it completes; -Xlog:gc)%n%n",
                HEAP_GOAL_FACTOR);
        long idleMb = gcOfFork(List.of("-Xlog:gc:file=" + work.resolve("idle-gc.log")), List.of(IDLE),
                work.resolve("idle-gc.log"), work).summary().maxAfterMb();
        MarkdownTable t = new MarkdownTable("session", "raw sample MB (16-bit)", "completes at -Xmx", "× raw",
                "GC pauses", "max heap before GC MB", "max live after GC MB", "live / raw",
                "(live − idle JVM " + idleMb + " MB) / raw");
        for (SessionFile s : sessions) {
            for (int factor = HEAP_GOAL_FACTOR; ; factor *= 2) {
                long limitMb = Math.max(2, (factor * s.rawSampleBytes()) >> 20);
                Path log = work.resolve(s.name() + "-gc.log");
                Forked f = gcOfFork(List.of("-Xmx" + limitMb + "m", "-Xlog:gc:file=" + log),
                        List.of(ANALYZE_ONCE, s.edf().toString(), work.resolve("heap.json").toString()), log, work);
                if (f.outcome().ok() || factor >= MAX_HEAP_FACTOR) {
                    ForkedJvm.GcSummary gc = f.summary();
                    double raw = s.rawSampleBytes() / (double) (1 << 20);
                    t.row(s.label(), s.rawSampleBytes() / 1e6,
                            f.outcome().ok() ? limitMb + " MB" : "no (" + f.outcome().errorLine() + ")",
                            factor, gc.pauses(), gc.maxBeforeMb(), gc.maxAfterMb(), gc.maxAfterMb() / raw,
                            (gc.maxAfterMb() - idleMb) / raw);
                    break;
                }
            }
        }
        out.print(t);
    }

    private record Forked(ForkedJvm.Outcome outcome, ForkedJvm.GcSummary summary) {
    }

    private static Forked gcOfFork(List<String> jvmOptions, List<String> args, Path log, Path work) throws Exception {
        ForkedJvm.Outcome o = ForkedJvm.run(ForkedJvm.javaCommand(jvmOptions, EndToEndBench.class.getName(), args), work);
        return new Forked(o, ForkedJvm.parseGcLog(log));
    }

    private void scaling(Path work) throws Exception {
        out.println("\n## Scaling (chest session, warm, median)\n");
        MarkdownTable t = new MarkdownTable("minutes", "samples", "wall s", "CPU s", "wall ms per minute",
                "CPU ms per minute", "load 1 min");
        WarmRunner runner = new WarmRunner(pipeline, Math.min(2, options.warmupRuns()), Math.min(5, options.runs()));
        Map<Double, RunStats> byMinutes = new LinkedHashMap<>();
        for (double m : options.scalingMinutes()) {
            SessionFile s = simulate("chest", m, work);
            RunStats r = runner.measure(s, work.resolve("scaling.json"));
            byMinutes.put(m, r);
            t.row(m, s.samples(), r.wallSec(), r.cpuSec(), r.wallSec() * 1000 / m, r.cpuSec() * 1000 / m,
                    r.loadAverage());
            Files.deleteIfExists(s.edf());
        }
        out.print(t);
        double shortest = options.scalingMinutes().stream().min(Comparator.naturalOrder()).orElseThrow();
        double longest = options.scalingMinutes().stream().max(Comparator.naturalOrder()).orElseThrow();
        if (longest > shortest) {
            RunStats a = byMinutes.get(shortest);
            RunStats b = byMinutes.get(longest);
            double reference = byMinutes.containsKey(60.0) && longest > 60 ? 60.0 : shortest;
            RunStats ref = byMinutes.get(reference);
            out.printf(Locale.ROOT, "%n%s min / %s min: wall %.2f×, CPU %.2f× (length ratio %.1f×; goal for 240/60: ≤ 4.4×)%n",
                    MarkdownTable.format(longest), MarkdownTable.format(reference),
                    b.wallSec() / ref.wallSec(), b.cpuSec() / ref.cpuSec(), longest / reference);
            if (a != ref) {
                out.printf(Locale.ROOT, "%s min / %s min: wall %.2f×, CPU %.2f×%n", MarkdownTable.format(longest),
                        MarkdownTable.format(shortest), b.wallSec() / a.wallSec(), b.cpuSec() / a.cpuSec());
            }
        }
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
