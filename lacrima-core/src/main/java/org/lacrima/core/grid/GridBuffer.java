package org.lacrima.core.grid;

import java.util.Arrays;
import org.lacrima.core.model.Samples;

/**
 * A growing run of values on a regular grid (the 4 Hz analysis grid): live analysis appends as data
 * arrives, file analysis appends everything at once. {@code NaN} marks a value that could not be computed.
 */
public final class GridBuffer {
    private double[] values;
    private int length;

    /** An empty buffer. */
    public GridBuffer() {
        values = new double[256];
    }

    /** A buffer holding a copy of {@code initial}. */
    public static GridBuffer of(double... initial) {
        GridBuffer b = new GridBuffer();
        for (double v : initial) {
            b.add(v);
        }
        return b;
    }

    /** Appends one value. */
    public void add(double value) {
        if (length == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[length++] = value;
    }

    /** Appends {@code count} copies of {@code value}. */
    public void fill(double value, int count) {
        for (int i = 0; i < count; i++) {
            add(value);
        }
    }

    /** Number of values. */
    public int length() {
        return length;
    }

    /** The value at {@code index}, or {@code NaN} outside {@code 0..length-1}. */
    public double get(int index) {
        return index >= 0 && index < length ? values[index] : Double.NaN;
    }

    /** Replaces the value at {@code index}. */
    public void set(int index, double value) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (length - 1));
        }
        values[index] = value;
    }

    /** An immutable copy of the values. */
    public Samples snapshot() {
        return Samples.wrap(Arrays.copyOf(values, length));
    }

    /** Median of the finite values in {@code [from, to)} (clamped), or {@code NaN} if none. */
    public double median(int from, int to) {
        return GridStatistics.median(values, Math.max(0, from), Math.min(length, to));
    }

    /** Share of {@code [from, to)} (clamped) holding finite values, 0 for an empty range. */
    public double finiteFraction(int from, int to) {
        return GridStatistics.finiteFraction(values, Math.max(0, from), Math.min(length, to));
    }

    /** Mean of the finite values in {@code [from, to)} (clamped), or {@code NaN} if none. */
    public double mean(int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Index of the largest finite value in {@code [from, to)}, or -1 if none. */
    public int argMax(int from, int to) {
        int best = -1;
        for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
            if (Double.isFinite(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Index of the smallest finite value in {@code [from, to)}, or -1 if none. */
    public int argMin(int from, int to) {
        int best = -1;
        for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
            if (Double.isFinite(values[i]) && (best < 0 || values[i] < values[best])) {
                best = i;
            }
        }
        return best;
    }
}
