package org.lacrima.core.grid;

import java.util.Arrays;
import org.lacrima.core.signal.OrderStatistic;

/** Robust statistics over grid values that may contain {@code NaN} gaps. */
public final class GridStatistics {
    /** 1.4826 × MAD estimates the standard deviation of normally distributed values. */
    public static final double MAD_TO_SD = 1.4826;

    private GridStatistics() {
    }

    /** Median of the finite values in {@code [from, to)}, or {@code NaN} if none. */
    public static double median(double[] values, int from, int to) {
        return quantile(values, from, to, 0.5);
    }

    /** Linear-interpolated quantile {@code q} (0..1) of the finite values in {@code [from, to)}, or {@code NaN}. */
    public static double quantile(double[] values, int from, int to, double q) {
        double[] finite = finite(values, from, to);
        if (finite.length == 0) {
            return Double.NaN;
        }
        double pos = q * (finite.length - 1);
        int lo = (int) Math.floor(pos);
        // selection instead of a sort: the episode tracker takes medians of sliding windows at every grid step, and
        // a cold start runs them interpreted (BENCHMARKS.md, "Cold start"); the values are those a sort gives
        double low = OrderStatistic.select(finite, 0, finite.length, lo);
        // the selection left every value after index lo at least as large: the next order statistic is their minimum
        double high = low;
        if (lo + 1 < finite.length) {
            high = finite[lo + 1];
            for (int i = lo + 2; i < finite.length; i++) {
                high = Math.min(high, finite[i]);
            }
        }
        return low + (pos - lo) * (high - low);
    }

    /** Median absolute deviation from the median of the finite values in {@code [from, to)}, or {@code NaN}. */
    public static double mad(double[] values, int from, int to) {
        double[] finite = finite(values, from, to);
        if (finite.length == 0) {
            return Double.NaN;
        }
        double med = median(finite, 0, finite.length);
        for (int i = 0; i < finite.length; i++) {
            finite[i] = Math.abs(finite[i] - med);
        }
        return median(finite, 0, finite.length);
    }

    /** Fraction (0..1) of finite values in {@code [from, to)}; 0 for an empty range. */
    public static double finiteFraction(double[] values, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int finite = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                finite++;
            }
        }
        return (double) finite / (to - from);
    }

    private static double[] finite(double[] values, int from, int to) {
        double[] out = new double[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                out[n++] = values[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
