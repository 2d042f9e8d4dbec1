package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;

/**
 * Marks movement from the accelerometer ({@link MotionTracker}: 1-second windows whose acceleration
 * vector varies by more than 0.04 g by default, or by more than four times the recent typical
 * window when the wearer is rarely still). Sitting still (tremor about 0.007 g) and the shaking of
 * sobbing (up to about 0.03 g) stay below it, so crying itself is never masked; gesturing and
 * shifting posture exceed it. Each moving stretch is widened by configurable margins because the
 * signals it corrupts outlast the movement (an EDA electrode settles over seconds).
 */
public final class MotionDetector {
    /** Default threshold: vector standard deviation of the acceleration in g. */
    public static final double DEFAULT_THRESHOLD_G = 0.04;
    private final double thresholdG;
    private final double marginBeforeSec;
    private final double marginAfterSec;

    /** Threshold 0.04 g, one second of margin on each side. */
    public MotionDetector() {
        this(DEFAULT_THRESHOLD_G, 1, 1);
    }

    /**
     * @param thresholdG      vector standard deviation of the acceleration (g) above which a window is motion
     * @param marginBeforeSec seconds marked bad before a moving window
     * @param marginAfterSec  seconds marked bad after a moving window
     */
    public MotionDetector(double thresholdG, double marginBeforeSec, double marginAfterSec) {
        this.thresholdG = thresholdG;
        this.marginBeforeSec = marginBeforeSec;
        this.marginAfterSec = marginAfterSec;
    }

    /** A detector with the same threshold and other margins (seconds). */
    public MotionDetector withMargins(double beforeSec, double afterSec) {
        return new MotionDetector(thresholdG, beforeSec, afterSec);
    }

    /** The threshold in g. */
    public double thresholdG() {
        return thresholdG;
    }

    /**
     * Motion intervals from one to three ACC axes sampled at the rate of the first (axes at another
     * rate or irregular are left out). Units "g" (default), "m/s^2" and E4's raw "1/64 g" are understood.
     *
     * @param axes     the ACC channels
     * @param labelFor the channel label the intervals are attributed to (the signal they corrupt)
     */
    public List<BadInterval> detect(List<Channel> axes, String labelFor) {
        if (axes.isEmpty() || !axes.get(0).isRegular()) {
            return List.of();
        }
        Channel first = axes.get(0);
        List<Channel> usable = axes.stream().filter(a -> a.isRegular() && a.rateHz() == first.rateHz()).toList();
        int n = usable.stream().mapToInt(Channel::length).min().orElse(0);
        if (n == 0) {
            return List.of();
        }
        double[][] values = new double[usable.size()][];
        for (int a = 0; a < usable.size(); a++) {
            values[a] = usable.get(a).values().toArray();
        }
        MotionTracker tracker = new MotionTracker(labelFor, first.rateHz(), first.timeOfSec(0),
                usable.stream().map(Channel::unit).toList(), thresholdG);
        tracker.accept(values, n);
        return widen(tracker.moving(), labelFor, first.timeOfSec(0));
    }

    /**
     * Moving stretches widened by this detector's margins (never before {@code notBeforeSec}; a stretch settled
     * before then is left out), merged where they then touch, and attributed to the channel {@code labelFor}.
     */
    public List<BadInterval> widen(List<BadInterval> moving, String labelFor, double notBeforeSec) {
        List<BadInterval> out = new ArrayList<>();
        for (BadInterval m : moving) {
            if (m.endSec() + marginAfterSec < notBeforeSec) {
                // settled before the channel's span begins (a live block's window starts after it)
                continue;
            }
            BadInterval b = new BadInterval(labelFor, Math.max(notBeforeSec, m.startSec() - marginBeforeSec),
                    m.endSec() + marginAfterSec, QualityIssue.MOTION);
            int last = out.size() - 1;
            if (last >= 0 && b.startSec() <= out.get(last).endSec()) {
                out.set(last, new BadInterval(labelFor, out.get(last).startSec(), b.endSec(), QualityIssue.MOTION));
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
