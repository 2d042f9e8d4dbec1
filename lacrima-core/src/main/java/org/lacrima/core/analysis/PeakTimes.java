package org.lacrima.core.analysis;

import java.util.Arrays;

import org.lacrima.core.model.Samples;

/**
 * The beat times a live detector has reported, in strictly increasing order, held for a bounded stretch:
 * what a stateful beat source hands each block instead of detecting its window again.
 */
final class PeakTimes {
    private double[] timesSec = new double[256];
    private int size;

    /** Appends newly reported times; one not after the last kept (a restarted detector's) is dropped. */
    void add(Samples found) {
        for (int k = 0; k < found.length(); k++) {
            double t = found.get(k);
            if (size > 0 && t <= timesSec[size - 1]) {
                continue;
            }
            if (size == timesSec.length) {
                timesSec = Arrays.copyOf(timesSec, size * 2);
            }
            timesSec[size++] = t;
        }
    }

    /** The times at or after {@code fromSec}. */
    Samples from(double fromSec) {
        return Samples.wrap(Arrays.copyOfRange(timesSec, lowerBound(fromSec), size));
    }

    /** Forgets the times before {@code sec}. */
    void forgetBefore(double sec) {
        int drop = lowerBound(sec);
        if (drop > 0) {
            System.arraycopy(timesSec, drop, timesSec, 0, size - drop);
            size -= drop;
        }
    }

    private int lowerBound(double sec) {
        int at = Arrays.binarySearch(timesSec, 0, size, sec);
        return at >= 0 ? at : -at - 1;
    }
}
