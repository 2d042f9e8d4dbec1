package org.lacrima.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of JMH's benchmark threads per operation ({@code ·cpu.ms/op}), printed next to the
 * wall-clock score. The benchmarks were taken on a machine shared with other busy processes, so
 * wall time overstates the cost; the CPU time of the measuring thread barely depends on the load.
 * JIT compiler and GC threads are not counted. {@link BenchMain} adds this profiler to every run.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long startNanos;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        double msPerOp = ops > 0 ? (workerCpuNanos() - startNanos) / 1e6 / ops : Double.NaN;
        return List.of(new ScalarResult("cpu.ms/op", msPerOp, "ms/op", AggregationPolicy.AVG));
    }

    /** Summed CPU time of the threads JMH runs the benchmark method on ("…-jmh-worker-N"). */
    private static long workerCpuNanos() {
        long sum = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }
}
