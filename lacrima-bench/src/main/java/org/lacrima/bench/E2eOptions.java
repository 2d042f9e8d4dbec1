package org.lacrima.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options of {@link EndToEndBench}.
 *
 * @param minutes     length of the chest and wrist sessions, minutes
 * @param warmupRuns  in-process runs before measuring: 15 by default, as with 3 the JIT was still compiling and the warm
 *                    chest hour scattered 0.15-0.23 s between JVMs on a quiet machine
 * @param runs        measured in-process runs (the median is reported)
 * @param scalingMinutes session lengths of the scaling run; empty to skip it
 * @param coldRuns    fresh-process runs (median reported); 0 skips them and the heap-limited run
 * @param cliJar      the application jar for the cold CLI run
 * @param workDir     where the EDF and JSON files go; a temporary folder (deleted after) when empty
 */
record E2eOptions(double minutes, int warmupRuns, int runs, List<Double> scalingMinutes, int coldRuns,
                  Path cliJar, Optional<Path> workDir) {

    static final String USAGE = """
            usage: EndToEndBench [--minutes 60] [--warmup 15] [--runs 7] [--scaling 10,30,60,240|none]
                                 [--cold-runs 3] [--jar lacrima-app/target/lacrima.jar] [--work DIR]""";

    static E2eOptions defaults() {
        return new E2eOptions(60, 15, 7, List.of(10.0, 30.0, 60.0, 240.0), 3,
                Path.of("lacrima-app", "target", "lacrima.jar"), Optional.empty());
    }

    /** @throws IllegalArgumentException with a one-line message on an unknown or malformed option */
    static E2eOptions parse(String[] args) {
        E2eOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            o = switch (name) {
                case "--minutes" -> new E2eOptions(positive(name, value), o.warmupRuns, o.runs, o.scalingMinutes,
                        o.coldRuns, o.cliJar, o.workDir);
                case "--warmup" -> new E2eOptions(o.minutes, count(name, value), o.runs, o.scalingMinutes,
                        o.coldRuns, o.cliJar, o.workDir);
                case "--runs" -> new E2eOptions(o.minutes, o.warmupRuns, Math.max(1, count(name, value)),
                        o.scalingMinutes, o.coldRuns, o.cliJar, o.workDir);
                case "--scaling" -> new E2eOptions(o.minutes, o.warmupRuns, o.runs, minutesList(name, value),
                        o.coldRuns, o.cliJar, o.workDir);
                case "--cold-runs" -> new E2eOptions(o.minutes, o.warmupRuns, o.runs, o.scalingMinutes,
                        count(name, value), o.cliJar, o.workDir);
                case "--jar" -> new E2eOptions(o.minutes, o.warmupRuns, o.runs, o.scalingMinutes, o.coldRuns,
                        Path.of(value), o.workDir);
                case "--work" -> new E2eOptions(o.minutes, o.warmupRuns, o.runs, o.scalingMinutes, o.coldRuns,
                        o.cliJar, Optional.of(Path.of(value)));
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            };
        }
        return o;
    }

    private static double positive(String name, String value) {
        try {
            double v = Double.parseDouble(value);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(name + " needs a positive number, got '" + value + "'");
    }

    private static int count(String name, String value) {
        try {
            int v = Integer.parseInt(value);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(name + " needs a whole number >= 0, got '" + value + "'");
    }

    private static List<Double> minutesList(String name, String value) {
        List<Double> out = new ArrayList<>();
        if (value.equalsIgnoreCase("none")) {
            return out;
        }
        for (String part : value.split(",")) {
            out.add(positive(name, part.trim()));
        }
        return out;
    }
}
