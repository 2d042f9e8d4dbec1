package org.lacrima.core.model;

import java.util.Arrays;

/**
 * An immutable, indexable run of sample values backed by a shared array.
 *
 * <p>Slicing returns a view over the same backing array, so cutting an hour-long ECG into
 * windows costs no copy. The backing array is never exposed; {@link #toArray()} and
 * {@link #copyInto(double[], int)} copy.
 */
public final class Samples {
    private static final Samples EMPTY = new Samples(new double[0], 0, 0);

    private final double[] data;
    private final int offset;
    private final int length;

    private Samples(double[] data, int offset, int length) {
        this.data = data;
        this.offset = offset;
        this.length = length;
    }

    /** Wraps a copy of {@code values}. */
    public static Samples copyOf(double[] values) {
        return new Samples(values.clone(), 0, values.length);
    }

    /**
     * Wraps {@code values} without copying. The caller hands over ownership and must not
     * modify the array afterwards; used by readers and generators that build a fresh array.
     */
    public static Samples wrap(double[] values) {
        return new Samples(values, 0, values.length);
    }

    /** An empty run. */
    public static Samples empty() {
        return EMPTY;
    }

    /** Number of samples. */
    public int length() {
        return length;
    }

    /** Whether there are no samples. */
    public boolean isEmpty() {
        return length == 0;
    }

    /** The sample at {@code index} (0-based within this view). */
    public double get(int index) {
        // the message is built elsewhere: this way the method is small enough for C1 to inline into per-sample loops
        // (a cold start runs C1's code only, BENCHMARKS.md "Cold start, fourth pass")
        if (index < 0 || index >= length) {
            throw outside(index);
        }
        return data[offset + index];
    }

    private IndexOutOfBoundsException outside(int index) {
        return new IndexOutOfBoundsException("index " + index + " outside 0.." + (length - 1));
    }

    /**
     * For values sorted ascending (e.g. sample or beat times in seconds): the index of the first value
     * {@code >= value}, or {@link #length()} if there is none. Binary search, O(log n).
     */
    public int firstIndexAtOrAfter(double value) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data[offset + mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A view of samples {@code [from, to)} sharing this run's backing array. */
    public Samples slice(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " outside 0.." + length);
        }
        return new Samples(data, offset + from, to - from);
    }

    /** A fresh copy of the values. */
    public double[] toArray() {
        return Arrays.copyOfRange(data, offset, offset + length);
    }

    /** Copies the values into {@code target} starting at {@code targetOffset}. */
    public void copyInto(double[] target, int targetOffset) {
        System.arraycopy(data, offset, target, targetOffset, length);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Samples other) || other.length != length) {
            return false;
        }
        return Arrays.equals(data, offset, offset + length, other.data, other.offset, other.offset + length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < length; i++) {
            long bits = Double.doubleToLongBits(data[offset + i]);
            h = 31 * h + (int) (bits ^ (bits >>> 32));
        }
        return h;
    }

    @Override
    public String toString() {
        return "Samples[" + length + "]";
    }
}
