package org.lacrima.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Runs a pipeline repeatedly in this JVM (after warm-up runs that let the JIT compile the hot
 * stages) and keeps the medians: the "warm" figures, i.e. a long-running server or batch job.
 */
final class WarmRunner {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final AnalysisPipeline pipeline;
    private final int warmupRuns;
    private final int measuredRuns;

    WarmRunner(AnalysisPipeline pipeline, int warmupRuns, int measuredRuns) {
        this.pipeline = pipeline;
        this.warmupRuns = warmupRuns;
        this.measuredRuns = measuredRuns;
    }

    RunStats measure(SessionFile session, Path json) throws Exception {
        for (int i = 0; i < warmupRuns; i++) {
            pipeline.analyze(session.edf(), json, new StageLaps());
        }
        RunStats.Builder stats = new RunStats.Builder();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < measuredRuns; i++) {
            long baseline = HeapProbe.settle();
            StageLaps laps = new StageLaps();
            long alloc0 = THREADS.getThreadAllocatedBytes(thread);
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            pipeline.analyze(session.edf(), json, laps);
            long wall = System.nanoTime() - wall0;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            long allocated = THREADS.getThreadAllocatedBytes(thread) - alloc0;
            long peak = HeapProbe.peakUsed() - baseline;
            stats.add(wall / 1e9, cpu / 1e9, allocated / 1e6, peak / 1e6, laps);
        }
        return stats.build(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
