package org.lacrima.core.signal;

/**
 * Downsamples by an integer factor by averaging consecutive blocks of samples.
 *
 * <p>A block mean is a boxcar low-pass followed by decimation: for slow signals (EDA, respiration)
 * whose content lies far below the new Nyquist frequency this is an adequate anti-alias filter,
 * costs one pass and keeps block boundaries fixed to the first sample, so chunked and whole-signal
 * processing see identical blocks. {@code NaN} samples are skipped; an all-{@code NaN} block gives
 * {@code NaN}.
 */
public final class BlockAverager {
    private BlockAverager() {
    }

    /**
     * The integer factor that brings {@code rateHz} closest to, but not below, {@code targetHz}
     * (1 if the input is already at or below the target).
     */
    public static int factorFor(double rateHz, double targetHz) {
        return Math.max(1, (int) Math.floor(rateHz / targetHz + 1e-9));
    }

    /** Block means of {@code values[from, to)} in blocks of {@code factor}; a short last block is averaged too. */
    public static double[] average(double[] values, int from, int to, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, got " + factor);
        }
        int n = to - from;
        int blocks = (n + factor - 1) / factor;
        double[] out = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int start = from + b * factor;
            int end = Math.min(to, start + factor);
            double sum = 0;
            int count = 0;
            for (int i = start; i < end; i++) {
                double v = values[i];
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            out[b] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }
}
