package org.lacrima.core.sim;

/** A stretch of session time in seconds from the recording start, {@code [fromSec, toSec)}. */
record TimeWindow(double fromSec, double toSec) {
    boolean contains(double timeSec) {
        return timeSec >= fromSec && timeSec < toSec;
    }

    boolean overlaps(double otherFromSec, double otherToSec) {
        return otherFromSec < toSec && otherToSec > fromSec;
    }
}
