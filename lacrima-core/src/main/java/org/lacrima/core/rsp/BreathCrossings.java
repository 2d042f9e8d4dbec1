package org.lacrima.core.rsp;

import java.util.function.IntToDoubleFunction;

/**
 * The hysteresis zero-crossing state of {@link BreathDetector}, one band-passed sample at a time, so the whole-signal
 * detector and a live stream ({@link RspStream}) find breaths by the same steps; a stream copies it to look ahead
 * through provisional samples without losing its place.
 */
final class BreathCrossings {
    /** Where a breath was found: indices of its inspiration onset and crest, and its depth (crest minus onset). */
    interface Sink {
        void breath(int onset, int crest, double depth);
    }

    private int state; // -1 below -h, +1 above +h, 0 not yet known
    private int trough = -1;
    private int pendingOnset = -1;
    private int crest = -1;

    BreathCrossings copy() {
        BreathCrossings c = new BreathCrossings();
        c.state = state;
        c.trough = trough;
        c.pendingOnset = pendingOnset;
        c.crest = crest;
        return c;
    }

    /** The earliest sample index the state still refers to ({@code Integer.MAX_VALUE} when none). */
    int oldestIndex() {
        int oldest = Integer.MAX_VALUE;
        for (int i : new int[] {trough, pendingOnset, crest}) {
            if (i >= 0) {
                oldest = Math.min(oldest, i);
            }
        }
        return oldest;
    }

    /**
     * Takes sample {@code i} of the band-passed signal {@code s} (earlier samples read through {@code s} too) with the
     * threshold {@code h} (a fraction of the local RMS amplitude).
     */
    void take(int i, double h, IntToDoubleFunction s, Sink sink) {
        double si = s.applyAsDouble(i);
        if (state <= 0) {
            if (trough < 0 || si < s.applyAsDouble(trough)) {
                trough = i;
            }
            if (si > h && h > 0) {
                if (state == -1) {
                    pendingOnset = trough;
                }
                state = 1;
                crest = i;
            }
        } else {
            if (si > s.applyAsDouble(crest)) {
                crest = i;
            }
            if (si < -h) {
                if (pendingOnset >= 0) {
                    sink.breath(pendingOnset, crest, s.applyAsDouble(crest) - s.applyAsDouble(pendingOnset));
                }
                pendingOnset = -1;
                state = -1;
                trough = i;
            }
        }
    }
}
