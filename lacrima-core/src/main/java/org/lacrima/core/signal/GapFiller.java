package org.lacrima.core.signal;

/**
 * Replaces {@code NaN} runs by straight lines between their neighbours (the nearest value at the
 * ends), so filters can run across a dropout. The quality mask still marks the gap, and results
 * inside it are discarded; filling only keeps the filter from spreading the gap.
 */
public final class GapFiller {
    private GapFiller() {
    }

    /** A copy of {@code x} with {@code NaN} runs interpolated; all-{@code NaN} input becomes zeros. */
    public static double[] fillLinear(double[] x) {
        double[] y = x.clone();
        int n = y.length;
        int last = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && Double.isNaN(y[i])) {
                continue;
            }
            int gapStart = last + 1;
            if (i > gapStart) {
                double left = last >= 0 ? y[last] : (i < n ? y[i] : 0.0);
                double right = i < n ? y[i] : left;
                for (int k = gapStart; k < i; k++) {
                    double f = (k - last) / (double) (i - last);
                    y[k] = last >= 0 && i < n ? left + f * (right - left) : (last >= 0 ? left : right);
                }
            }
            last = i;
        }
        return y;
    }
}
