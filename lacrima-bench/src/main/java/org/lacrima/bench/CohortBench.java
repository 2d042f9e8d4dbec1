package org.lacrima.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.io.edf.EdfWriter;

/**
 * The cohort benchmark: simulates a cohort of chest sessions (ECG 500 Hz, EDA 32 Hz, RSP 50 Hz, one
 * episode per 20 minutes), writes it as EDF+ with a manifest, and times whole processes (JVM start to
 * exit: hashing, analysis, tables, page) of the one-machine engine ({@code lacrima cohort}, 1 and 2
 * threads) and of the Spark job in {@code local[1]} and {@code local[2]}, each over the whole cohort and
 * over a single recording, so that the fixed cost and the CPU per recording come apart. Prints a
 * Markdown table with the machine's load, which on a shared machine decides the wall times.
 *
 * <pre>
 * ./mvnw -B -q -pl lacrima-spark -am install -DskipTests
 * ./mvnw -B -q -o -pl lacrima-spark dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=/tmp/spark.cp
 * java -cp lacrima-bench/target/benchmarks.jar org.lacrima.bench.CohortBench \
 *     --spark-classpath lacrima-spark/target/classes:$(cat /tmp/spark.cp) [--recordings 40] [--minutes 30] [--repeats 2]
 * </pre>
 */
public final class CohortBench {
    /** What {@code spark-submit} gives a Spark JVM on Java 17 (Spark's JavaModuleOptions), for a JVM started from plain java. */
    static final List<String> SPARK_JAVA17_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Dio.netty.tryReflectionSetAccessible=true");
    private static final int SESSIONS_PER_SUBJECT = 4;

    /** One way of running the cohort: its label and the command over a manifest into an output folder. */
    private record Engine(String label, List<String> jvmOptions, String classPath, String mainClass,
                          List<String> extraArgs, boolean outAsUri) {
        List<String> command(Path manifest, Path out) {
            List<String> cmd = new ArrayList<>(List.of(ForkedJvm.javaLauncher()));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-cp", classPath, mainClass));
            if (mainClass.endsWith("LacrimaCli")) {
                cmd.addAll(List.of("cohort", manifest.toString(), "--out", out.toString()));
            } else {
                cmd.addAll(List.of(manifest.toString(), outAsUri ? out.toUri().toString() : out.toString()));
            }
            cmd.addAll(extraArgs);
            return cmd;
        }
    }

    private final int recordings;
    private final double minutes;
    private final int repeats;
    private final String sparkClassPath;
    private final PrintStream out;

    CohortBench(int recordings, double minutes, int repeats, String sparkClassPath, PrintStream out) {
        this.recordings = recordings;
        this.minutes = minutes;
        this.repeats = repeats;
        this.sparkClassPath = sparkClassPath;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int recordings = 40;
        double minutes = 30;
        int repeats = 2;
        String sparkClassPath = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--recordings" -> recordings = Integer.parseInt(value);
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--repeats" -> repeats = Integer.parseInt(value);
                case "--spark-classpath" -> sparkClassPath = value;
                default -> {
                    System.err.println("CohortBench: unknown option " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        new CohortBench(recordings, minutes, repeats, sparkClassPath, System.out).run();
    }

    void run() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("lacrima-cohort-bench");
        try {
            Path all = simulate(work);
            Path one = Files.write(all.resolveSibling("one.csv"), Files.readAllLines(all).subList(0, 2));
            out.printf(Locale.ROOT, "Cohort: %d chest sessions of %.0f min (ECG 500 Hz, EDA 32 Hz, RSP 50 Hz), %.0f MB of EDF+; "
                    + "load average at start %.2f%n%n", recordings, minutes, size(work) / 1e6,
                    EndToEndBench.loadAverage());
            MarkdownTable table = new MarkdownTable("engine", recordings + " recordings: wall / CPU s",
                    "1 recording: wall / CPU s", "CPU s per extra recording", "recordings / min (wall)", "load 1 min");
            for (Engine engine : engines()) {
                List<ForkedJvm.Outcome> many = new ArrayList<>();
                List<ForkedJvm.Outcome> single = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    many.add(time(engine, all, work));
                    single.add(time(engine, one, work));
                }
                double cpuMany = RunStats.median(many.stream().map(ForkedJvm.Outcome::cpuSec).toList());
                double cpuOne = RunStats.median(single.stream().map(ForkedJvm.Outcome::cpuSec).toList());
                double wallMany = RunStats.median(many.stream().map(ForkedJvm.Outcome::wallSec).toList());
                table.row(engine.label(), runs(many), runs(single), (cpuMany - cpuOne) / (recordings - 1),
                        recordings / (wallMany / 60), EndToEndBench.loadAverage());
            }
            out.println(table);
        } finally {
            EndToEndBench.deleteTree(work);
        }
    }

    private List<Engine> engines() {
        String benchClassPath = System.getProperty("java.class.path");
        List<Engine> engines = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            engines.add(new Engine("one machine, --threads " + threads, List.of(), benchClassPath,
                    "org.lacrima.app.cli.LacrimaCli", List.of("--threads", Integer.toString(threads)), false));
        }
        if (sparkClassPath == null) {
            out.println("(no --spark-classpath: Spark left out)");
            return engines;
        }
        for (int threads : new int[] {1, 2}) {
            List<String> options = new ArrayList<>(SPARK_JAVA17_OPTIONS);
            options.addAll(List.of("-Dspark.master=local[" + threads + "]", "-Dspark.ui.enabled=false"));
            engines.add(new Engine("Spark local[" + threads + "]", options, sparkClassPath,
                    "org.lacrima.spark.CohortSparkJob", List.of(), true));
        }
        return engines;
    }

    /** One fresh run (no earlier results) of {@code engine} over {@code manifest}. */
    private ForkedJvm.Outcome time(Engine engine, Path manifest, Path work) throws IOException, InterruptedException {
        Path target = work.resolve("out");
        if (Files.exists(target)) {
            EndToEndBench.deleteTree(target);
        }
        ForkedJvm.Outcome o = ForkedJvm.run(engine.command(manifest, target), work);
        if (!o.ok()) {
            throw new IllegalStateException(engine.label() + " failed (exit " + o.exitCode() + "): " + o.errorLine());
        }
        return o;
    }

    /** Simulates the sessions (in parallel) into {@code work/cohort} and returns the manifest listing them. */
    private Path simulate(Path work) throws IOException {
        Path dir = Files.createDirectories(work.resolve("cohort"));
        IntStream.range(0, recordings).parallel().forEach(i -> {
            try {
                Path file = Files.createDirectories(dir.resolve(subject(i))).resolve("s" + session(i) + ".edf");
                EdfWriter.write(SessionSimulator.simulate(BenchSessions.chestConfig(minutes)
                        .withSeed(BenchSessions.SEED + i)).recording(), file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> lines = new ArrayList<>(List.of("recording,subject,session,condition"));
        for (int i = 0; i < recordings; i++) {
            lines.add(subject(i) + "/s" + session(i) + ".edf," + subject(i) + ",s" + session(i) + ","
                    + (i / SESSIONS_PER_SUBJECT % 2 == 0 ? "a" : "b"));
        }
        return Files.write(dir.resolve("manifest.csv"), lines);
    }

    private static String subject(int i) {
        return String.format(Locale.ROOT, "P%02d", i / SESSIONS_PER_SUBJECT + 1);
    }

    private static int session(int i) {
        return i % SESSIONS_PER_SUBJECT + 1;
    }

    private static String runs(List<ForkedJvm.Outcome> runs) {
        return String.join(", ", runs.stream().map(o -> MarkdownTable.format(o.wallSec()) + " / "
                + MarkdownTable.format(o.cpuSec())).toList());
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
