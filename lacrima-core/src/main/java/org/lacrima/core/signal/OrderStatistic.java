package org.lacrima.core.signal;

import java.util.Arrays;

/**
 * The k-th smallest of a run of values without sorting it: Hoare's selection, O(n) on average where a
 * sort is O(n log n). Gives exactly the value a sort would put at index {@code k}.
 */
public final class OrderStatistic {
    private OrderStatistic() {
    }

    /**
     * The value that sorting {@code a[from..to)} ascending would place at {@code from + k}; reorders that range.
     * A range holding {@code NaN} is sorted instead (a sort puts {@code NaN} last).
     *
     * @throws IllegalArgumentException if {@code k} lies outside the range
     */
    public static double select(double[] a, int from, int to, int k) {
        if (k < 0 || k >= to - from) {
            throw new IllegalArgumentException("k = " + k + " outside a range of " + (to - from) + " values");
        }
        for (int i = from; i < to; i++) {
            if (Double.isNaN(a[i])) {
                Arrays.sort(a, from, to);
                return a[from + k];
            }
        }
        int lo = from;
        int hi = to - 1;
        int target = from + k;
        while (lo < hi) {
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and every value strictly between j and i equals the pivot
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
