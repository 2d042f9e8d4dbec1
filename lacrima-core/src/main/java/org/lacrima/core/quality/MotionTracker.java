package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.filter.SlidingMedian;

/**
 * Movement on a one- to three-axis accelerometer, fed incrementally: 1-second windows, overlapping
 * by half, in which the acceleration vector varies by more than a threshold (root of the summed
 * per-axis variances, in g). The threshold is the larger of a fixed level and four times the median
 * window of the last ten minutes: a wrist is never still, and where the typical window already moves
 * only movement well above it counts. The vector rather than the magnitude is used because a movement
 * across gravity hardly changes the magnitude.
 *
 * <p>Until ten minutes have been seen, the part of them not yet seen counts as still, so the typical window
 * rises above the fixed level only once the wearer has moved for more than five minutes. A session often
 * begins with walking in, and a walk lasts minutes (one to three in a therapy room); taken over the half-minute
 * or few minutes seen so far, the median window would be the walk itself, its steps would stop counting as
 * movement, and so would the next walk's until the walks fell out of the memory (their heart rate, breathing and
 * skin conductance then passed for a build-up). A restless wrist is masked for its first five minutes instead:
 * blindness while it moves is the safer failure.
 *
 * <p>The vector rather than the
 * magnitude is used because a movement across gravity hardly changes the magnitude.
 *
 * <p>Everything depends only on samples already fed, so a recording fed in any chunks gives the
 * same intervals as fed whole. The intervals are the moving windows themselves, merged; consumers
 * widen them by how long their signal takes to recover ({@link MotionDetector#widen}).
 */
public final class MotionTracker {
    private static final double WINDOW_SEC = 1;
    private static final double TYPICAL_FACTOR = 4;
    private static final double TYPICAL_MEMORY_SEC = 600;

    private final String label;
    private final double rateHz;
    private final double startSec;
    private final double thresholdG;
    private final AxisRing ring;
    private final SlidingMedian typical;
    private final List<BadInterval> moving = new ArrayList<>();

    /**
     * @param label      label given to the intervals (e.g. the first axis's)
     * @param rateHz     sampling rate of every axis, hertz
     * @param startSec   time of the first sample, seconds from the recording start
     * @param units      unit of each axis: "g" (default), "m/s^2" or E4's raw "1/64 g"
     * @param thresholdG vector standard deviation (g) above which a window is movement, at least
     */
    public MotionTracker(String label, double rateHz, double startSec, List<String> units, double thresholdG) {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("accelerometer rate must be positive, got " + rateHz);
        }
        this.label = label;
        this.rateHz = rateHz;
        this.startSec = startSec;
        this.thresholdG = thresholdG;
        int window = Math.max(2, (int) Math.round(WINDOW_SEC * rateHz));
        int step = Math.max(1, window / 2);
        this.ring = new AxisRing(units, window, step);
        this.typical = new SlidingMedian((int) Math.ceil(TYPICAL_MEMORY_SEC * rateHz / step));
    }

    /** Feeds the next {@code length} samples of every axis ({@code axes[a][0..length)}, one array per axis). */
    public void accept(double[][] axes, int length) {
        ring.accept(axes, length, this::judge);
    }

    /** Seconds from the recording start up to which samples have been fed. */
    public double endSec() {
        return startSec + ring.fed() / rateHz;
    }

    /** The moving stretches found so far, merged, in time order; the last may still grow. */
    public List<BadInterval> moving() {
        return List.copyOf(moving);
    }

    private void judge(long first) {
        double variance = 0;
        for (double[] axis : ring.axes()) {
            variance += variance(axis);
        }
        double sd = Math.sqrt(variance);
        // the ten minutes not seen yet count as still (0 g): a walk at the start never becomes the typical window
        double threshold = Math.max(thresholdG, TYPICAL_FACTOR * typical.valueOverCapacity(0));
        typical.add(sd);
        if (!(sd > threshold)) {
            return;
        }
        double from = startSec + first / rateHz;
        double to = from + ring.window() / rateHz;
        int last = moving.size() - 1;
        if (last >= 0 && from <= moving.get(last).endSec()) {
            moving.set(last, new BadInterval(label, moving.get(last).startSec(), to, QualityIssue.MOTION));
        } else {
            moving.add(new BadInterval(label, from, to, QualityIssue.MOTION));
        }
    }

    /** Variance of the non-{@code NaN} samples of one window; 0 when fewer than two. */
    private static double variance(double[] x) {
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sum += v;
                sumSq += v * v;
                count++;
            }
        }
        if (count < 2) {
            return 0;
        }
        double mean = sum / count;
        return Math.max(0, sumSq / count - mean * mean);
    }

    /** Standard gravities per unit of an accelerometer channel: "g" (the default), "m/s^2" or E4's raw "1/64 g". */
    public static double toG(String unit) {
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
