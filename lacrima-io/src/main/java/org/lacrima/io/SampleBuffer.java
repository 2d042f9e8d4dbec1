package org.lacrima.io;

import java.util.Arrays;
import org.lacrima.core.model.Samples;

/** A growable run of doubles that readers fill sample by sample and hand over as {@link Samples}. */
public final class SampleBuffer {
    private double[] data;
    private int size;

    public SampleBuffer() {
        this(1024);
    }

    public SampleBuffer(int initialCapacity) {
        data = new double[Math.max(16, initialCapacity)];
    }

    /** Appends one value. */
    public void add(double v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
        }
        data[size++] = v;
    }

    /** Number of values. */
    public int size() {
        return size;
    }

    /** The value at {@code index}. */
    public double get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return data[index];
    }

    /** The values as immutable samples; the buffer is emptied. */
    public Samples toSamples() {
        double[] out = size == data.length ? data : Arrays.copyOf(data, size);
        data = new double[16];
        size = 0;
        return Samples.wrap(out);
    }
}
