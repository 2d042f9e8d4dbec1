package org.lacrima.core.signal;

/**
 * Centered sliding minimum and maximum in O(n) (monotone deque), and the morphological opening
 * built from them.
 *
 * <p>The opening (minimum, then maximum, over the same window) removes positive bumps narrower than
 * the window and leaves anything monotone over the window exactly in place, which makes it a
 * robust lower envelope: it follows a drifting baseline without the lag of a plain sliding minimum.
 */
public final class SlidingExtremum {
    private SlidingExtremum() {
    }

    /** Minimum over {@code [i - half, i + half]} (truncated at the edges). */
    public static double[] min(double[] x, int half) {
        return extremum(x, half, true);
    }

    /** Maximum over {@code [i - half, i + half]} (truncated at the edges). */
    public static double[] max(double[] x, int half) {
        return extremum(x, half, false);
    }

    /** Morphological opening: sliding maximum of the sliding minimum, both with half-width {@code half}. */
    public static double[] opening(double[] x, int half) {
        return max(min(x, half), half);
    }

    private static double[] extremum(double[] x, int half, boolean minimum) {
        int n = x.length;
        double[] out = new double[n];
        int[] deque = new int[n + 1];
        int head = 0;
        int tail = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            int hi = Math.min(n - 1, i + half);
            while (next <= hi) {
                double v = x[next];
                while (tail > head && (minimum ? x[deque[tail - 1]] >= v : x[deque[tail - 1]] <= v)) {
                    tail--;
                }
                deque[tail++] = next++;
            }
            while (deque[head] < i - half) {
                head++;
            }
            out[i] = x[deque[head]];
        }
        return out;
    }
}
