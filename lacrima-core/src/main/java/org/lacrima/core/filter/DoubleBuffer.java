package org.lacrima.core.filter;

import java.util.Arrays;
import org.lacrima.core.model.Samples;

/** A growable array of primitive doubles, so detectors can collect event times without boxing. */
public final class DoubleBuffer {
    private double[] values = new double[16];
    private int size;

    /** Appends one value. */
    public void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Number of values. */
    public int size() {
        return size;
    }

    /** The value at {@code index}. */
    public double get(int index) {
        return values[index];
    }

    /** Removes all values. */
    public void clear() {
        size = 0;
    }

    /** The values as an immutable run (a copy). */
    public Samples toSamples() {
        return Samples.wrap(Arrays.copyOf(values, size));
    }

    /** Hands the values over as an immutable run and starts empty again. */
    public Samples drain() {
        Samples s = size == 0 ? Samples.empty() : toSamples();
        size = 0;
        return s;
    }
}
