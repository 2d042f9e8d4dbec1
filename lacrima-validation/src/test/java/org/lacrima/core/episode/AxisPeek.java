package org.lacrima.core.episode;

/** Test helper for diagnostics: medians and extremes of the axes (times in seconds), including each channel's S. */
public final class AxisPeek {
    private AxisPeek() {
    }

    public static double sMedian(AxisHistory h, double fromSec, double toSec) {
        return h.s.median(h.samples(fromSec), h.samples(toSec));
    }

    public static double pMedian(AxisHistory h, double fromSec, double toSec) {
        return h.p.median(h.samples(fromSec), h.samples(toSec));
    }

    public static double channelMedian(AxisHistory h, int c, double fromSec, double toSec) {
        return h.channelS.get(c).median(h.samples(fromSec), h.samples(toSec));
    }

    public static int sArgMax(AxisHistory h, double fromSec, double toSec) {
        return h.s.argMax(h.samples(fromSec), h.samples(toSec));
    }

    public static int sArgMin(AxisHistory h, double fromSec, double toSec) {
        return h.s.argMin(h.samples(fromSec), h.samples(toSec));
    }

    public static double irregularityMedian(AxisHistory h, double fromSec, double toSec) {
        return h.irregularity.median(h.samples(fromSec), h.samples(toSec));
    }
}
