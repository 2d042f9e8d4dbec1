package org.lacrima.core.filter;

import java.util.Arrays;

/**
 * A bounded multiset of values kept sorted, for running quantiles over a sliding window: a value goes
 * in or out by binary search and one {@code System.arraycopy} of at most the capacity. The contents
 * are exactly those of a freshly sorted array ({@link Arrays#binarySearch(double[], int, int, double)}
 * orders values as {@link Arrays#sort(double[])}). No {@code NaN}.
 */
public final class SortedValues {
    private final double[] sorted;
    private int size;

    /** Room for {@code capacity} values. */
    public SortedValues(int capacity) {
        sorted = new double[capacity];
    }

    /** Puts {@code v} in; the caller keeps within the capacity. */
    public void add(double v) {
        int at = Arrays.binarySearch(sorted, 0, size, v);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = v;
        size++;
    }

    /** Takes one copy of {@code v} out; it must be held. */
    public void remove(double v) {
        int at = Arrays.binarySearch(sorted, 0, size, v);
        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
        size--;
    }

    /**
     * Takes one copy of {@code out} out (it must be held) and puts {@code in} in: as {@link #remove} then {@link #add},
     * with one shift of the values between their places instead of two of everything above them (a window sliding by
     * one value). Values are ordered as {@link Double#compare}, as by the binary search, so the contents are the same.
     */
    public void replace(double out, double in) {
        int at = Arrays.binarySearch(sorted, 0, size, out);
        if (Double.compare(in, out) >= 0) {
            int to = Arrays.binarySearch(sorted, at + 1, size, in);
            if (to < 0) {
                to = -to - 1;
            }
            System.arraycopy(sorted, at + 1, sorted, at, to - at - 1);
            sorted[to - 1] = in;
        } else {
            int to = Arrays.binarySearch(sorted, 0, at, in);
            if (to < 0) {
                to = -to - 1;
            }
            System.arraycopy(sorted, to, sorted, to + 1, at - to);
            sorted[to] = in;
        }
    }

    /** The value of rank {@code rank} (0 the smallest) among those held. */
    public double get(int rank) {
        if (rank < 0 || rank >= size) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + size);
        }
        return sorted[rank];
    }

    /** Number of values held. */
    public int size() {
        return size;
    }

    /** Linear-interpolated quantile ({@code q} in 0..1) of the values held (pandas' default); {@code NaN} when empty. */
    public double quantile(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        double pos = q * (size - 1);
        int below = (int) Math.floor(pos);
        int above = Math.min(size - 1, below + 1);
        return sorted[below] + (pos - below) * (sorted[above] - sorted[below]);
    }
}
