package org.lacrima.core.signal;

/**
 * A regular grid of index times aligned to the recording's lattice: times are integer multiples of
 * {@code 1 / rateHz} from the recording start, so series from different channels share grid points.
 *
 * @param startSec time of the first point, seconds from the recording start
 * @param rateHz   points per second
 * @param length   number of points
 */
public record TimeGrid(double startSec, double rateHz, int length) {

    /** The aligned grid points lying in {@code [fromSec, toSec)}. */
    public static TimeGrid covering(double fromSec, double toSec, double rateHz) {
        long first = (long) Math.ceil(fromSec * rateHz - 1e-9);
        long end = (long) Math.ceil(toSec * rateHz - 1e-9);
        return new TimeGrid(first / rateHz, rateHz, (int) Math.max(0, end - first));
    }

    /** Time of point {@code i}, seconds from the recording start. */
    public double timeOfSec(int i) {
        return startSec + i / rateHz;
    }
}
