package org.lacrima.core.sim;

/** The shape of one heart beat on a channel, as a function of time around its placement. */
interface BeatWaveform {
    /**
     * The value {@code sinceBeatSec} seconds after the placement time (negative: before it) of a
     * beat whose interval to the next beat is {@code rrSec}.
     */
    double valueAt(double sinceBeatSec, double rrSec);

    /** The first time (relative, usually negative) at which the shape differs from zero. */
    double startSec(double rrSec);

    /** The last time (relative) at which the shape differs from zero. */
    double endSec(double rrSec);
}
