package org.lacrima.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Wall and thread-CPU time of the named stages of one analysis run: the profile printed next to the
 * end-to-end figures, so a missed goal shows at once which stage spends the time.
 */
public final class StageLaps {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Time of one stage in one run, nanoseconds. */
    public record Lap(long wallNanos, long cpuNanos) {
    }

    private final Map<String, Lap> laps = new LinkedHashMap<>();

    /** Runs {@code work} as stage {@code name}; a stage run twice adds up. */
    public <T> T time(String name, Callable<T> work) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        T result = work.call();
        long wall = System.nanoTime() - wall0;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        laps.merge(name, new Lap(wall, cpu), (a, b) -> new Lap(a.wallNanos + b.wallNanos, a.cpuNanos + b.cpuNanos));
        return result;
    }

    /** The stages in the order they first ran. */
    public Map<String, Lap> laps() {
        return new LinkedHashMap<>(laps);
    }
}
