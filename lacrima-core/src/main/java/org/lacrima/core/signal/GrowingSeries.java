package org.lacrima.core.signal;

import java.util.Arrays;

/**
 * A run of values that grows at its end and may drop its oldest, indexed from the first value ever added: what a
 * filter that runs on as a live signal arrives keeps of its input and output.
 */
public final class GrowingSeries {
    private double[] values = new double[1024];
    private int base;
    private int end;

    /** Appends one value. */
    public void add(double v) {
        if (end - base == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[end++ - base] = v;
    }

    /** The value at {@code index} (from the first value ever added; not dropped yet). */
    public double get(int index) {
        return values[index - base];
    }

    /** Index of the oldest value still held. */
    public int start() {
        return base;
    }

    /** Index after the newest value. */
    public int end() {
        return end;
    }

    /** The values {@code [from, to)}, copied. */
    public double[] copy(int from, int to) {
        return Arrays.copyOfRange(values, from - base, to - base);
    }

    /** Drops the values before {@code index} once they fill half the array (so dropping costs O(1) per value). */
    public void discardBefore(int index) {
        int drop = Math.min(index, end) - base;
        if (drop > values.length / 2) {
            System.arraycopy(values, drop, values, 0, end - base - drop);
            base += drop;
        }
    }
}
