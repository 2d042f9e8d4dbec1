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
     * block of {@code blockLength} samples it lies in. Blocks start where {@code firstIndex + i} is a
     * multiple of {@code blockLength} ({@code firstIndex}: lattice index of {@code x[0]}), so a window
     * of a longer signal gets the same blocks; a block cut too short by either end borrows the estimate
     * of its neighbour.
     */
    public static double[] whiteNoiseSdByBlock(double[] x, int blockLength, long firstIndex) {
        int n = x.length;
        double[] out = new double[n];
        int first = (int) Math.min(n, Math.floorMod(-firstIndex, (long) blockLength));
        java.util.List<int[]> blocks = new java.util.ArrayList<>();
        if (first > 0) {
            blocks.add(new int[] {0, first});
        }
        for (int from = first; from < n; from += blockLength) {
            blocks.add(new int[] {from, Math.min(n, from + blockLength)});
        }
        double[] sd = new double[blocks.size()];
        boolean[] valid = new boolean[blocks.size()];
        double[] buffer = new double[Math.max(1, blockLength)];
        for (int b = 0; b < blocks.size(); b++) {
            sd[b] = blockSd(x, blocks.get(b)[0], blocks.get(b)[1], blockLength, buffer);
            valid[b] = !Double.isNaN(sd[b]);
        }
        for (int b = 0; b < blocks.size(); b++) {
            double v = valid[b] ? sd[b] : borrowed(sd, valid, b);
            Arrays.fill(out, blocks.get(b)[0], blocks.get(b)[1], v);
        }
        return out;
    }

    /**
     * The noise standard deviation of the block {@code [from, to)} of {@code x}, from the second differences at its
     * samples that have both neighbours in {@code x}; {@code NaN} when there are fewer than half a block's.
     *
     * @param blockLength the full block's length, samples
     * @param buffer      scratch of at least {@code to - from} values
     */
    public static double blockSd(double[] x, int from, int to, int blockLength, double[] buffer) {
        int m = 0;
        for (int i = Math.max(1, from); i < Math.min(to, x.length - 1); i++) {
            buffer[m++] = Math.abs(x[i + 1] - 2 * x[i] + x[i - 1]);
        }
        if (m < Math.max(3, blockLength / 2)) {
            return Double.NaN;
        }
        // the median by selection, not a sort
        return OrderStatistic.select(buffer, 0, m, m / 2) / 0.6745 / Math.sqrt(6);
    }

    /** The estimate of the nearest valid block (earlier one first); 0 if there is none. */
    private static double borrowed(double[] sd, boolean[] valid, int b) {
        for (int d = 1; d < sd.length; d++) {
            if (b - d >= 0 && valid[b - d]) {
                return sd[b - d];
            }
            if (b + d < sd.length && valid[b + d]) {
                return sd[b + d];
            }
        }
        return 0;
    }
}
