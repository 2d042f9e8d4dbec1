package org.lacrima.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a command in a fresh process and times it: the cold figures, and the heap-limited run. */
final class ForkedJvm {
    private static final long TIMEOUT_SEC = 600;
    private static final String CPU_TAG = "forked-cpu";
    private static final Pattern GC_PAUSE = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * What a forked process did.
     *
     * @param exitCode  the process's exit status
     * @param wallSec   seconds from start to exit, JVM start-up included
     * @param cpuSec    user + system CPU seconds of the process and all its threads (JIT and GC
     *                  included), as bash's {@code time} reports them; NaN when not reported
     * @param errorLine the first line it wrote to stderr, empty if none
     * @param outputLine the first line it wrote to stdout, empty if none
     */
    record Outcome(int exitCode, double wallSec, double cpuSec, String errorLine, String outputLine) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * Heap figures from a {@code -Xlog:gc} file, megabytes.
     *
     * @param pauses        number of collection pauses logged
     * @param maxBeforeMb   most heap in use when a collection started (live data plus garbage)
     * @param maxAfterMb    most heap in use after a collection: the largest live set seen
     */
    record GcSummary(int pauses, long maxBeforeMb, long maxAfterMb) {
    }

    private ForkedJvm() {
    }

    /** The {@code java} launcher of the running JVM. */
    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A {@code java} command line running {@code mainClass} on this JVM's class path. */
    static List<String> javaCommand(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaLauncher());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs {@code command} with its first output line and its stderr kept (files in {@code workDir}), under
     * bash's {@code time} so that its CPU seconds are known as well as its wall seconds.
     */
    static Outcome run(List<String> command, Path workDir) throws IOException, InterruptedException {
        Path err = Files.createTempFile(workDir, "fork", ".err");
        Path output = Files.createTempFile(workDir, "fork", ".out");
        List<String> timed = new ArrayList<>(List.of("bash", "-c", "TIMEFORMAT='" + CPU_TAG + " %R %U %S'; time \"$@\"", "bash"));
        timed.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(timed)
                .redirectOutput(output.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SEC, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            Files.deleteIfExists(err);
            Files.deleteIfExists(output);
            return new Outcome(-1, TIMEOUT_SEC, Double.NaN, "timed out after " + TIMEOUT_SEC + " s", "");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(err);
        String outputLine = Files.readAllLines(output).stream().findFirst().orElse("");
        Files.deleteIfExists(err);
        Files.deleteIfExists(output);
        double cpu = Double.NaN;
        String first = "";
        for (String line : lines) {
            if (line.startsWith(CPU_TAG + " ")) {
                String[] f = line.trim().split("\\s+");
                cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
            } else if (first.isEmpty() && !line.isBlank()) {
                first = line;
            }
        }
        return new Outcome(p.exitValue(), wall, cpu, first, outputLine);
    }

    /** Reads the pause lines of a unified-logging GC file. */
    static GcSummary parseGcLog(Path log) throws IOException {
        int pauses = 0;
        long before = 0;
        long after = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                pauses++;
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
            }
        }
        return new GcSummary(pauses, before, after);
    }
}
