package org.lacrima.core.filter;

/**
 * The median of the last {@code capacity} values added (fewer until that many have come), updated
 * in O(capacity) per value by keeping them sorted: for capacities of a few thousand, as for a
 * typical level over the last minutes of one-second windows.
 */
public final class SlidingMedian {
    private final double[] arrival;
    private final SortedValues sorted;
    private int next;

    /** Remembers the last {@code capacity} values (at least 1). */
    public SlidingMedian(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        arrival = new double[capacity];
        sorted = new SortedValues(capacity);
    }

    /** Adds a value, forgetting the oldest once {@code capacity} are held. {@code NaN} is ignored. */
    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (sorted.size() == arrival.length) {
            sorted.remove(arrival[next]);
        }
        arrival[next] = value;
        next = (next + 1) % arrival.length;
        sorted.add(value);
    }

    /** How many values the median is taken over. */
    public int count() {
        return sorted.size();
    }

    /** The median of the remembered values; {@code NaN} before any. */
    public double value() {
        return sorted.quantile(0.5);
    }

    /**
     * The median over the whole capacity, the part not yet filled counting as values of {@code unseen}: until
     * {@code capacity} values have come, what has been seen outweighs what has not only where it is more than half the
     * capacity. Once full, {@link #value()}.
     */
    public double valueOverCapacity(double unseen) {
        int held = sorted.size();
        int missing = arrival.length - held;
        if (missing == 0) {
            return value();
        }
        int below = 0;
        while (below < held && sorted.get(below) < unseen) {
            below++;
        }
        double lower = rankOfPadded((arrival.length - 1) / 2, below, missing, unseen);
        double upper = rankOfPadded(arrival.length / 2, below, missing, unseen);
        return (lower + upper) / 2;
    }

    /** The value of rank {@code rank} among the values held plus {@code missing} copies of {@code unseen}. */
    private double rankOfPadded(int rank, int below, int missing, double unseen) {
        if (rank < below) {
            return sorted.get(rank);
        }
        return rank < below + missing ? unseen : sorted.get(rank - missing);
    }
}
