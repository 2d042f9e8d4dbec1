package org.lacrima.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * In-process heap figures around one analysis run: the used heap after a full collection as the
 * baseline, and the sum of the heap pools' peak use during the run. The pools peak at different
 * moments, so the sum slightly overstates the true peak; the forked run with {@code -Xlog:gc}
 * ({@link ForkedJvm}) gives the live-set figure.
 */
final class HeapProbe {
    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    private HeapProbe() {
    }

    /** Collects garbage, resets the pools' peaks and returns the heap in use, bytes. */
    static long settle() {
        System.gc();
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
        return HEAP_POOLS.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Sum of the heap pools' peak use since {@link #settle()}, bytes. */
    static long peakUsed() {
        return HEAP_POOLS.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
