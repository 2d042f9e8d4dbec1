package org.lacrima.core.episode;

import java.util.Arrays;
import org.lacrima.core.grid.GridBuffer;

/**
 * The median of the finite values of a growing series in a window that only slides forward, kept
 * sorted as it slides (one binary search and one array copy per value entering or leaving), so a
 * running median over {@code w} points costs O(w) per step rather than a sort.
 */
final class SlidingMedian {
    private final GridBuffer series;
    private double[] sorted = new double[64];
    private int size;
    private int lo;
    private int hi;

    SlidingMedian(GridBuffer series) {
        this.series = series;
    }

    /** Whether this window runs over {@code buffer}. */
    boolean follows(GridBuffer buffer) {
        return series == buffer;
    }

    /**
     * The median of the finite values in {@code [from, to)}, {@code NaN} if none. Both bounds must not
     * decrease from one call to the next, and values below {@code to} must no longer change.
     */
    double median(int from, int to) {
        return median(from, to, 1);
    }

    /** As {@link #median(int, int)}, {@code NaN} when fewer than {@code minValues} values are finite. */
    double median(int from, int to, int minValues) {
        while (hi < to) {
            insert(series.get(hi++));
        }
        while (lo < from) {
            remove(series.get(lo++));
        }
        if (size < Math.max(1, minValues)) {
            return Double.NaN;
        }
        return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
    }

    private void insert(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        if (size == sorted.length) {
            sorted = Arrays.copyOf(sorted, 2 * size);
        }
        int at = Arrays.binarySearch(sorted, 0, size, v);
        at = at < 0 ? -at - 1 : at;
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = v;
        size++;
    }

    private void remove(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        int at = Arrays.binarySearch(sorted, 0, size, v);
        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
        size--;
    }
}
