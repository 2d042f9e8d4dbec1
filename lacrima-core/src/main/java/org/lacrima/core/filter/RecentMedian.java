package org.lacrima.core.filter;

import java.util.Arrays;

/**
 * The typical height of recent detector peaks: the median of the last eight, so one artefact
 * (an electrode pop, a burst of muscle noise) cannot lift a threshold above all the beats after it,
 * as Pan and Tompkins' running mean lets it.
 */
public final class RecentMedian {
    private static final int MEMORY = 8;
    private final double[] recent = new double[MEMORY];
    private final double[] sorted = new double[MEMORY];
    private int next;
    private double median;

    /** Forgets the history and starts at {@code value}. */
    public void reset(double value) {
        Arrays.fill(recent, value);
        median = value;
    }

    /** Adds one peak height. */
    public void add(double value) {
        recent[next] = value;
        next = (next + 1) % MEMORY;
        update();
    }

    /** Moves every remembered height a fraction {@code keep} of the way from {@code floor} to where it was. */
    public void shrinkTowards(double floor, double keep) {
        for (int i = 0; i < MEMORY; i++) {
            recent[i] = floor + keep * (recent[i] - floor);
        }
        update();
    }

    /** The median of the remembered heights. */
    public double value() {
        return median;
    }

    private void update() {
        System.arraycopy(recent, 0, sorted, 0, MEMORY);
        Arrays.sort(sorted);
        median = 0.5 * (sorted[MEMORY / 2 - 1] + sorted[MEMORY / 2]);
    }
}
