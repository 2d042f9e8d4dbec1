package org.lacrima.core.signal;

import java.util.Arrays;

/**
 * Robust estimate of white measurement noise riding on a smooth signal, block by block.
 *
 * <p>Second differences cancel any locally linear signal, leaving noise with standard deviation
 * {@code sqrt(6) * sigma}; the median absolute value ignores the minority of samples where the
 * signal itself curves (response onsets and peaks). Blocks are fixed to the first sample, so a
 * growing signal gets the same estimate for every completed block.
 */
public final class NoiseEstimate {
    private NoiseEstimate() {
    }

    /**
     * Per-sample noise standard deviation (same unit as {@code x}): each sample gets the estimate of the
     * block of {@code blockLength} samples it lies in. A short last block borrows its neighbour's estimate.
     */
    public static double[] whiteNoiseSdByBlock(double[] x, int blockLength) {
        int n = x.length;
        double[] out = new double[n];
        double previous = 0;
        double[] buffer = new double[Math.max(1, blockLength)];
        for (int from = 0; from < n; from += blockLength) {
            int to = Math.min(n, from + blockLength);
            int m = 0;
            for (int i = Math.max(1, from); i < Math.min(to, n - 1); i++) {
                buffer[m++] = Math.abs(x[i + 1] - 2 * x[i] + x[i - 1]);
            }
            double sd = previous;
            if (m >= Math.max(3, blockLength / 2)) {
                Arrays.sort(buffer, 0, m);
                sd = buffer[m / 2] / 0.6745 / Math.sqrt(6);
            }
            Arrays.fill(out, from, to, sd);
            previous = sd;
        }
        return out;
    }
}
