package org.lacrima.core.filter;

import java.util.Arrays;

/**
 * The median of the last {@code capacity} values added (fewer until that many have come), updated
 * in O(capacity) per value by keeping them sorted: for capacities of a few thousand, as for a
 * typical level over the last minutes of one-second windows.
 */
public final class SlidingMedian {
    private final double[] arrival;
    private final double[] sorted;
    private int count;
    private int next;

    /** Remembers the last {@code capacity} values (at least 1). */
    public SlidingMedian(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        arrival = new double[capacity];
        sorted = new double[capacity];
    }

    /** Adds a value, forgetting the oldest once {@code capacity} are held. {@code NaN} is ignored. */
    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (count == arrival.length) {
            int at = Arrays.binarySearch(sorted, 0, count, arrival[next]);
            System.arraycopy(sorted, at + 1, sorted, at, count - at - 1);
            count--;
        }
        arrival[next] = value;
        next = (next + 1) % arrival.length;
        int at = Arrays.binarySearch(sorted, 0, count, value);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(sorted, at, sorted, at + 1, count - at);
        sorted[at] = value;
        count++;
    }

    /** How many values the median is taken over. */
    public int count() {
        return count;
    }

    /** The median of the remembered values; {@code NaN} before any. */
    public double value() {
        if (count == 0) {
            return Double.NaN;
        }
        return count % 2 == 1 ? sorted[count / 2] : 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
    }
}
