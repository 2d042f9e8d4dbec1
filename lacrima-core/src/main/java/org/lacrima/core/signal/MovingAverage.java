package org.lacrima.core.signal;

/**
 * Centered moving average (boxcar) with an odd window, in O(n) with a running sum.
 *
 * <p>At the edges the window is truncated and the mean is taken over the samples that exist, so
 * the output has no start-up transient and no phase shift. Three passes approximate a Gaussian
 * low-pass ({@link #smooth(double[], int, int)}), whose -3 dB cutoff is about {@code 0.26 / L} Hz for a
 * window of {@code L} seconds. Input must be free of {@code NaN} (fill gaps first).
 */
public final class MovingAverage {
    private MovingAverage() {
    }

    /** One boxcar pass with a window of {@code width} samples (rounded up to odd). */
    public static double[] centered(double[] x, int width) {
        int half = Math.max(0, width / 2);
        int n = x.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - half);
            int hi = Math.min(n, i + half + 1);
            out[i] = (prefix[hi] - prefix[lo]) / (hi - lo);
        }
        return out;
    }

    /** {@code passes} boxcar passes of {@code width} samples: a cheap, local approximation of a Gaussian low-pass. */
    public static double[] smooth(double[] x, int width, int passes) {
        double[] y = x;
        for (int p = 0; p < passes; p++) {
            y = centered(y, width);
        }
        return y == x ? x.clone() : y;
    }

    /** Boxcar width in samples (odd, at least 1) whose triple pass has its -3 dB point near {@code cutoffHz}. */
    public static int widthForCutoff(double rateHz, double cutoffHz) {
        int w = (int) Math.round(0.26 / cutoffHz * rateHz);
        return Math.max(1, w | 1);
    }
}
