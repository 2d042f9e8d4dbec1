package org.lacrima.app.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * With {@code -Dlacrima.startupTrace=true}, prints to stderr when each phase of a one-shot command ended: wall time
 * since the JVM started and CPU time of the thread that marks it (the main thread; the warm-up marks its end), in milliseconds (BENCHMARKS.md, "Cold start"). Off, a mark
 * costs one field read and loads nothing.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("lacrima.startupTrace");
    // the warm-up thread marks its end too
    private static final List<String> MARKS = ON ? Collections.synchronizedList(new ArrayList<>()) : null;

    private StartupTrace() {
    }

    /** Notes that {@code phase} has just ended on the calling thread. */
    static void mark(String phase) {
        if (ON) {
            long wallMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            double cpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
            MARKS.add(String.format(Locale.ROOT, "lacrima startup: %-28s %6d ms wall %8.1f ms CPU (%s)", phase, wallMs,
                    cpuMs, Thread.currentThread().getName()));
        }
    }

    /** Prints the marks so far (at exit, so that printing is no phase's cost). */
    static void print() {
        if (ON) {
            MARKS.forEach(System.err::println);
        }
    }
}
