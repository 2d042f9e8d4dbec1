package org.lacrima.bench.jmh;

import java.util.Arrays;

/**
 * Entry point of {@code benchmarks.jar}: JMH's own command line with the {@link CpuTimeProfiler}
 * always on, so every result carries its CPU time next to its wall time.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "-prof";
        all[args.length + 1] = CpuTimeProfiler.class.getName();
        org.openjdk.jmh.Main.main(all);
    }
}
