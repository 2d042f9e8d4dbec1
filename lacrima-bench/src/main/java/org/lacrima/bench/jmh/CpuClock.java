package org.lacrima.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time of the benchmark thread per operation, printed by JMH as the {@code cpuMsPerOp} counter
 * next to the wall-clock score. The machine the numbers were taken on was shared with other busy
 * processes, so wall time overstates the cost; CPU time of the measuring thread barely depends on
 * the load. Reading the clock costs about a microsecond, against stages of milliseconds.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Mean thread CPU time per operation in this iteration, milliseconds. */
    public double cpuMsPerOp;
    private long totalNanos;
    private long operations;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMsPerOp = 0;
        totalNanos = 0;
        operations = 0;
    }

    /** Runs {@code work} and adds its CPU time to the iteration's mean. */
    <T> T time(Callable<T> work) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        T result = work.call();
        totalNanos += THREADS.getCurrentThreadCpuTime() - start;
        operations++;
        cpuMsPerOp = totalNanos / 1e6 / operations;
        return result;
    }
}
