package org.lacrima.core.analysis;

import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.SignalQualityAssessor;

/**
 * The usable fraction of one channel (flat line, clipping, dropout, implausible values; movement
 * included where it corrupts the channel), judged in stretches of about {@value #STRETCH_SEC} s so
 * that an hour of 500 Hz ECG is never copied whole for it (the assessor works on a copy of its
 * input). A long stream is judged as it goes, a stretch at a time, so that its samples can be
 * discarded once analysed; a channel never discarded is judged at the end in equal stretches. A flat
 * line cut at a stretch border may be missed by at most its minimum length; negligible for a summary.
 */
final class ChannelQuality {
    static final double STRETCH_SEC = 300;
    private static final SignalQualityAssessor QUALITY = new SignalQualityAssessor();

    /** Seconds up to which stretches have been judged; {@code NaN} before the first. */
    private double judgedUntilSec = Double.NaN;
    private double goodSec;

    /**
     * Judges whole stretches before {@code sec}, leaving at least one stretch unjudged (so the rest is never
     * judged "too short" on its own); returns the time before which the channel's samples are no longer needed.
     */
    double judgeBefore(ChannelBuffer buffer, double sec, MotionFeed motion) {
        if (Double.isNaN(judgedUntilSec)) {
            judgedUntilSec = firstTime(buffer.first());
        }
        while (judgedUntilSec + 2 * STRETCH_SEC <= sec) {
            goodSec += judge(buffer, judgedUntilSec, judgedUntilSec + STRETCH_SEC, motion) * STRETCH_SEC;
            judgedUntilSec += STRETCH_SEC;
        }
        return judgedUntilSec;
    }

    /** The usable fraction of the channel over {@code [startSec, endSec]}. */
    double goodFraction(ChannelBuffer buffer, double startSec, double endSec, MotionFeed motion) {
        if (Double.isNaN(judgedUntilSec) || !(judgedUntilSec > startSec)) {
            return equalStretches(buffer, startSec, endSec, motion);
        }
        double rest = endSec - judgedUntilSec;
        double good = goodSec + (rest > 0 ? equalStretches(buffer, judgedUntilSec, endSec, motion) * rest : 0);
        return good / (endSec - startSec);
    }

    private static double equalStretches(ChannelBuffer buffer, double startSec, double endSec, MotionFeed motion) {
        double span = endSec - startSec;
        // equal stretches of at least STRETCH_SEC, so none is judged "too short" on its own
        int stretches = (int) Math.max(1, Math.floor(span / STRETCH_SEC));
        if (!(span > 0) || stretches == 1) {
            return judge(buffer, startSec, endSec, motion);
        }
        double good = 0;
        for (int k = 0; k < stretches; k++) {
            double from = startSec + span * k / stretches;
            double to = k == stretches - 1 ? endSec : startSec + span * (k + 1) / stretches;
            good += judge(buffer, from, to, motion) * (to - from);
        }
        return good / span;
    }

    private static double judge(ChannelBuffer buffer, double fromSec, double toSec, MotionFeed motion) {
        Channel part = buffer.window(fromSec, toSec);
        return QUALITY.assess(part).with(MotionFeed.corrupted(part.type(), motion.moving(fromSec, toSec), part.label(),
                fromSec)).goodFraction();
    }

    /** Time of the channel's first sample, seconds from the recording start. */
    static double firstTime(Channel c) {
        return c.length() == 0 ? c.startOffsetSec() : c.timeOfSec(0);
    }
}
