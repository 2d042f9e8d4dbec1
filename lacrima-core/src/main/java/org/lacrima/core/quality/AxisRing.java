package org.lacrima.core.quality;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The last {@code window} samples of every axis of an accelerometer, in g, fed incrementally: each time a window ends on
 * the grid of {@code hop} samples from the first, its judge is called, so a recording fed in any chunks is judged at the
 * same windows as fed whole.
 */
final class AxisRing {
    private final double[] scale;
    private final int window;
    private final int hop;
    private final double[][] ring;
    private long fed;

    /**
     * @param units  unit of each axis, as {@link MotionTracker} takes them
     * @param window samples per judged window
     * @param hop    samples between judged windows
     */
    AxisRing(List<String> units, int window, int hop) {
        this.scale = units.stream().mapToDouble(MotionTracker::toG).toArray();
        this.window = window;
        this.hop = hop;
        this.ring = new double[scale.length][window];
    }

    /**
     * Feeds the next {@code length} samples of every axis ({@code axes[a][0..length)}), calling {@code judge} with the
     * index of the first sample of each window completed.
     */
    void accept(double[][] axes, int length, LongConsumer judge) {
        if (axes.length != scale.length) {
            throw new IllegalArgumentException(scale.length + " axes expected, got " + axes.length);
        }
        for (int i = 0; i < length; i++) {
            int at = (int) (fed % window);
            for (int a = 0; a < scale.length; a++) {
                ring[a][at] = axes[a][i] * scale[a];
            }
            fed++;
            if (fed >= window && (fed - window) % hop == 0) {
                judge.accept(fed - window);
            }
        }
    }

    /** Samples fed per axis. */
    long fed() {
        return fed;
    }

    /** Samples per window. */
    int window() {
        return window;
    }

    /** The window's samples of each axis, in ring order (the oldest at {@code fed() % window()}). */
    double[][] axes() {
        return ring;
    }

    /** Axis {@code a}'s window in time order, into {@code out}. */
    void inOrder(int a, double[] out) {
        int oldest = (int) (fed % window);
        for (int i = 0; i < window; i++) {
            out[i] = ring[a][(oldest + i) % window];
        }
    }
}
