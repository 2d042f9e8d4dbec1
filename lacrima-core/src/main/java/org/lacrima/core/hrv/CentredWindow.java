package org.lacrima.core.hrv;

import java.util.Arrays;
import org.lacrima.core.filter.SortedValues;

/**
 * The values of a series in a window centred on a moving index (shortened at the ends of the
 * series), kept sorted as the window slides, for running quantiles.
 *
 * <p>Sorting each window anew cost {@link RrCorrector} about 94 ms of CPU for an hour of beats (55 %
 * of a whole chest analysis, BENCHMARKS.md); taking the leaving value out and putting the entering
 * one in by binary search costs one {@code System.arraycopy} of at most a window per step. The
 * sorted contents, and so every quantile, are exactly those of a freshly sorted window
 * ({@link Arrays#binarySearch(double[], int, int, double)} orders values as {@link Arrays#sort(double[])}).
 */
final class CentredWindow {
    private final double[] series;
    private final int length;
    private final int half;
    private final SortedValues sorted;
    private int lo;
    private int hi;

    /** A window of {@code width} values (odd: {@code width / 2} on either side of the centre) over {@code series}. */
    CentredWindow(double[] series, int width) {
        this(series, series.length, width);
    }

    /** A window over the first {@code length} values of {@code series} (the rest is room to grow). */
    CentredWindow(double[] series, int length, int width) {
        this.series = series;
        this.length = length;
        this.half = width / 2;
        this.sorted = new SortedValues(2 * half + 1);
    }

    /** Moves the window's centre to {@code i}; centres must not decrease from one call to the next. */
    void centreOn(int i) {
        int newLo = Math.max(0, i - half);
        int newHi = Math.min(length, i + half + 1);
        // a value leaving and one entering at once (the window sliding inside the series): one shift, not two
        while (lo < newLo && lo < hi && hi < newHi) {
            sorted.replace(series[lo++], series[hi++]);
        }
        // out before in, so the window never holds more than its width
        while (lo < newLo) {
            if (lo < hi) {
                sorted.remove(series[lo++]);
            } else {
                // nothing held below the new start (a window first placed far into the series)
                lo = newLo;
            }
        }
        hi = Math.max(hi, lo);
        while (hi < newHi) {
            sorted.add(series[hi++]);
        }
    }

    /** Linear-interpolated quantile ({@code q} in 0..1) of the values in the window (pandas' default). */
    double quantile(double q) {
        return sorted.quantile(q);
    }
}
