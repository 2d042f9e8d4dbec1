package org.lacrima.core.episode;

import java.util.ArrayDeque;

/**
 * Where a rise of S is measured from: the grid index of S's lowest value over the look-back window before the current
 * point ({@code riseLookbackSec}), never reaching back before the point the search last restarted at (the end of a
 * closed bout, the trough a new bout rises from, S coming back after a stretch left out). A monotonic deque of
 * indices whose S values increase from its head, so each point is added and dropped once: amortised O(1) per point.
 */
final class RollingLow {
    private final AxisHistory history;
    private final int lookBack;
    /** The earliest grid index the window ever reaches, whatever it restarts at. */
    private final int firstUsable;
    private final ArrayDeque<Integer> lows = new ArrayDeque<>();
    /** The earliest grid index the window may reach. */
    private int from;

    /**
     * @param history        the axes, whose S is read
     * @param lookBackSec    how far back the low is looked for, seconds
     * @param firstUsableSec recording time before which no point is a low, seconds
     */
    RollingLow(AxisHistory history, double lookBackSec, double firstUsableSec) {
        this.history = history;
        this.lookBack = history.samples(lookBackSec);
        this.firstUsable = history.samples(firstUsableSec);
    }

    /** Takes grid point {@code k} (the newest) into the window; a point without S is skipped. */
    void track(int k) {
        double s = history.s(k);
        if (Double.isFinite(s)) {
            while (!lows.isEmpty() && history.s(lows.peekLast()) >= s) {
                lows.pollLast();
            }
            lows.addLast(k);
        }
        int start = windowStart(k);
        while (!lows.isEmpty() && lows.peekFirst() < start) {
            lows.pollFirst();
        }
    }

    /** Restarts the window at grid index {@code start} and takes the points up to {@code to} (inclusive) into it. */
    void restart(int start, int to) {
        from = start;
        lows.clear();
        for (int i = start; i <= to; i++) {
            track(i);
        }
    }

    /** Forgets every point: the low is looked for from grid index {@code start} on. */
    void restartEmpty(int start) {
        from = start;
        lows.clear();
    }

    /** Grid index of the lowest S in the window, -1 when it holds no S. */
    int index() {
        return lows.isEmpty() ? -1 : lows.peekFirst();
    }

    /** The earliest grid index the window reaches at point {@code k}. */
    int windowStart(int k) {
        return Math.max(Math.max(from, firstUsable), k - lookBack);
    }
}
