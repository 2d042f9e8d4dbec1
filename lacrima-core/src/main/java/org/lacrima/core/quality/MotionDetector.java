package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.Channel;

/**
 * Marks movement from the accelerometer: 1-second windows in which the acceleration vector varies
 * by more than a threshold (root of the summed per-axis variances; default 0.04 g, raised to four
 * times the recording's median window when the wearer is rarely still; windows overlap by half). Sitting still (tremor about 0.007 g) and the shaking of sobbing (up to about 0.03 g) stay below
 * it, so crying itself is never masked; gesturing and shifting posture exceed it. The
 * vector rather than the magnitude is used because a movement across gravity hardly changes the
 * magnitude. Each window is widened by configurable margins because the signals it corrupts
 * outlast the movement (an EDA electrode settles over seconds).
 */
public final class MotionDetector {
    /**
     * A wrist is never still: where the typical window already moves, only movement well above the
     * recording's own median counts, or whole sessions would be masked.
     */
    private static final double TYPICAL_FACTOR = 4;
    private final double thresholdG;
    private final double marginBeforeSec;
    private final double marginAfterSec;

    /** Threshold 0.04 g, one second of margin on each side. */
    public MotionDetector() {
        this(0.04, 1, 1);
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

    /**
     * Motion intervals from one to three ACC axes sampled at the rate of the first. Units "g"
     * (default), "m/s^2" and E4's raw "1/64 g" are understood.
     *
     * @param axes     the ACC channels
     * @param labelFor the channel label the intervals are attributed to (the signal they corrupt)
     */
    public List<BadInterval> detect(List<Channel> axes, String labelFor) {
        List<BadInterval> out = new ArrayList<>();
        if (axes.isEmpty() || !axes.get(0).isRegular()) {
            return out;
        }
        Channel first = axes.get(0);
        double rate = first.rateHz();
        List<Channel> usable = axes.stream().filter(a -> a.isRegular() && a.rateHz() == rate).toList();
        int n = usable.stream().mapToInt(Channel::length).min().orElse(0);
        int window = Math.max(2, (int) Math.round(rate));
        double windowSec = window / rate;
        double[][] values = new double[usable.size()][];
        double[] scale = new double[usable.size()];
        for (int a = 0; a < usable.size(); a++) {
            values[a] = usable.get(a).values().toArray();
            scale[a] = toG(usable.get(a).unit());
        }
        // half-overlapping windows, so a short movement straddling two windows is not split below threshold
        int step = Math.max(1, window / 2);
        int windows = n < window ? 0 : (n - window) / step + 1;
        double[] sd = new double[windows];
        for (int w = 0; w < windows; w++) {
            double variance = 0;
            for (int a = 0; a < values.length; a++) {
                variance += windowVariance(values[a], w * step, window) * scale[a] * scale[a];
            }
            sd[w] = Math.sqrt(variance);
        }
        double threshold = Math.max(thresholdG, TYPICAL_FACTOR * median(sd));
        for (int w = 0; w < windows; w++) {
            int start = w * step;
            if (sd[w] > threshold) {
                double t = first.timeOfSec(start);
                BadInterval b = new BadInterval(labelFor, Math.max(first.timeOfSec(0), t - marginBeforeSec),
                        t + windowSec + marginAfterSec, QualityIssue.MOTION);
                BadInterval last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && b.startSec() <= last.endSec()) {
                    out.set(out.size() - 1, new BadInterval(labelFor, last.startSec(), b.endSec(), QualityIssue.MOTION));
                } else {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static double median(double[] x) {
        if (x.length == 0) {
            return 0;
        }
        double[] sorted = x.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Variance of the non-{@code NaN} samples of one window; 0 when fewer than two. */
    private static double windowVariance(double[] x, int start, int length) {
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (int i = start; i < start + length; i++) {
            if (!Double.isNaN(x[i])) {
                sum += x[i];
                sumSq += x[i] * x[i];
                count++;
            }
        }
        if (count < 2) {
            return 0;
        }
        double mean = sum / count;
        return Math.max(0, sumSq / count - mean * mean);
    }

    private static double toG(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (u.equals("m/s^2") || u.equals("m/s2") || u.equals("m/s²")) {
            return 1 / 9.80665;
        }
        if (u.equals("1/64g")) {
            return 1 / 64.0;
        }
        return 1;
    }
}
