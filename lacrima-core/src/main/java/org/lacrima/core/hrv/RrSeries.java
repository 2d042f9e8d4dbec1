package org.lacrima.core.hrv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.Samples;

/**
 * Inter-beat intervals, each stamped with the time of the beat that ends it.
 *
 * <p>Interval {@code i} runs from {@code timesSec[i] - intervalsMs[i] / 1000} to {@code timesSec[i]}.
 * Consecutive intervals normally touch; where they do not (a device that dropped beats, such as
 * the Empatica E4's IBI export, or a stretch of ECG without detectable beats) the series has a
 * gap, see {@link #gapBefore(int)}. Built from detected beats ({@link #fromBeats}) or from
 * intervals a device reports ({@link #fromIntervals}, e.g. Polar RR, E4 IBI).
 *
 * @param timesSec    time of the beat ending each interval, seconds from the recording start, ascending
 * @param intervalsMs interval lengths in milliseconds
 */
public record RrSeries(Samples timesSec, Samples intervalsMs) {
    /** An interval whose start misses the previous beat by more than this, in seconds, starts a gap. */
    static final double TOUCH_TOLERANCE_SEC = 0.25;

    public RrSeries {
        Objects.requireNonNull(timesSec, "timesSec");
        Objects.requireNonNull(intervalsMs, "intervalsMs");
        if (timesSec.length() != intervalsMs.length()) {
            throw new IllegalArgumentException(timesSec.length() + " times for " + intervalsMs.length() + " intervals");
        }
    }

    /** No intervals. */
    public static RrSeries empty() {
        return new RrSeries(Samples.empty(), Samples.empty());
    }

    /**
     * The intervals between consecutive beats at {@code beatTimesSec} (seconds, ascending). An
     * interval longer than {@code maxIntervalSec} is left out, so it shows as a gap.
     */
    public static RrSeries fromBeats(Samples beatTimesSec, double maxIntervalSec) {
        int n = beatTimesSec.length();
        if (n < 2) {
            return empty();
        }
        double[] times = new double[n - 1];
        double[] intervals = new double[n - 1];
        int k = 0;
        for (int i = 1; i < n; i++) {
            double rr = beatTimesSec.get(i) - beatTimesSec.get(i - 1);
            if (rr > 0 && rr <= maxIntervalSec) {
                times[k] = beatTimesSec.get(i);
                intervals[k] = rr * 1000;
                k++;
            }
        }
        return new RrSeries(Samples.wrap(java.util.Arrays.copyOf(times, k)),
                Samples.wrap(java.util.Arrays.copyOf(intervals, k)));
    }

    /** The intervals between consecutive beats, leaving out any longer than 3 s (a pause or a detection gap). */
    public static RrSeries fromBeats(Samples beatTimesSec) {
        return fromBeats(beatTimesSec, 3.0);
    }

    /**
     * Intervals reported by a device: {@code timesSec[i]} is the time of the beat that ends
     * interval {@code i} and {@code intervalsMs[i]} its length in milliseconds. Non-finite or
     * non-positive entries are dropped.
     */
    public static RrSeries fromIntervals(Samples timesSec, Samples intervalsMs) {
        int n = Math.min(timesSec.length(), intervalsMs.length());
        double[] times = new double[n];
        double[] intervals = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double t = timesSec.get(i);
            double rr = intervalsMs.get(i);
            if (Double.isFinite(t) && Double.isFinite(rr) && rr > 0 && (k == 0 || t > times[k - 1])) {
                times[k] = t;
                intervals[k] = rr;
                k++;
            }
        }
        return new RrSeries(Samples.wrap(java.util.Arrays.copyOf(times, k)),
                Samples.wrap(java.util.Arrays.copyOf(intervals, k)));
    }

    /** Number of intervals. */
    public int length() {
        return timesSec.length();
    }

    /** Time of the beat that starts interval {@code i}, in seconds. */
    public double startSec(int i) {
        return timesSec.get(i) - intervalsMs.get(i) / 1000;
    }

    /** Whether interval {@code i} does not start at the beat that ended interval {@code i - 1}. */
    public boolean gapBefore(int i) {
        return i == 0 || Math.abs(startSec(i) - timesSec.get(i - 1)) > TOUCH_TOLERANCE_SEC;
    }

    /** The intervals ending in {@code [fromSec, toSec)}. */
    public RrSeries slice(double fromSec, double toSec) {
        int from = timesSec.firstIndexAtOrAfter(fromSec);
        int to = Math.max(from, timesSec.firstIndexAtOrAfter(toSec));
        return new RrSeries(timesSec.slice(from, to), intervalsMs.slice(from, to));
    }

    /**
     * These intervals with {@code other}'s added inside this series's holes: the stretches of at least
     * {@code minHoleSec} within {@code [fromSec, toSec]} that no interval of this series reaches into. Every interval
     * of {@code other} lying wholly inside such a hole joins the series ({@link #withGapsFilledFrom}); a shorter gap,
     * such as the artefact correction leaves around an ectopic beat, stays a gap.
     *
     * @param other      intervals of the same heart from another source, on the same time axis (seconds)
     * @param fromSec    start of the span looked at, seconds
     * @param toSec      end of the span looked at, seconds
     * @param minHoleSec the shortest stretch without intervals that is filled, seconds
     */
    public RrSeries withHolesFilledFrom(RrSeries other, double fromSec, double toSec, double minHoleSec) {
        List<double[]> holes = holes(fromSec, toSec, minHoleSec);
        double[] times = new double[other.length()];
        double[] intervals = new double[other.length()];
        int k = 0;
        int h = 0;
        for (int j = 0; j < other.length() && h < holes.size(); j++) {
            double start = other.startSec(j);
            while (h < holes.size() && holes.get(h)[1] < other.timesSec.get(j)) {
                h++;
            }
            if (h < holes.size() && start >= holes.get(h)[0]) {
                times[k] = other.timesSec.get(j);
                intervals[k++] = other.intervalsMs.get(j);
            }
        }
        return withGapsFilledFrom(new RrSeries(Samples.wrap(Arrays.copyOf(times, k)),
                Samples.wrap(Arrays.copyOf(intervals, k))));
    }

    /**
     * Whether {@code [fromSec, toSec]} holds a stretch of at least {@code minHoleSec} that no interval of this series
     * reaches into ({@link #withHolesFilledFrom} would fill it).
     */
    public boolean hasHole(double fromSec, double toSec, double minHoleSec) {
        return !holes(fromSec, toSec, minHoleSec).isEmpty();
    }

    /** The stretches of at least {@code minSec} in {@code [fromSec, toSec]} without intervals, as {from, to} pairs. */
    private List<double[]> holes(double fromSec, double toSec, double minSec) {
        List<double[]> holes = new ArrayList<>();
        double covered = fromSec;
        for (int i = 0; i < length(); i++) {
            double start = startSec(i);
            double end = timesSec.get(i);
            if (end <= fromSec || start >= toSec) {
                continue;
            }
            if (start - covered >= minSec) {
                holes.add(new double[] {covered, start});
            }
            covered = Math.max(covered, end);
        }
        if (toSec - covered >= minSec) {
            holes.add(new double[] {covered, toSec});
        }
        return holes;
    }

    /**
     * These intervals with {@code other}'s added where these have none: every interval of {@code other} that overlaps
     * no interval of this series (both as spans from their starting to their ending beat) joins it, in time order. The
     * same heart measured twice (an ECG and a strap's RR list) thus keeps the first measurement wherever it has beats,
     * and the second covers its holes; a seam where the two clocks meet is a gap ({@link #gapBefore}).
     *
     * @param other intervals of the same heart from another source, on the same time axis (seconds)
     */
    public RrSeries withGapsFilledFrom(RrSeries other) {
        if (other.length() == 0) {
            return this;
        }
        int n = length();
        double[] times = new double[n + other.length()];
        double[] intervals = new double[times.length];
        int k = 0;
        int i = 0;
        for (int j = 0; j < other.length(); j++) {
            double from = other.startSec(j);
            double to = other.timesSec.get(j);
            while (i < n && timesSec.get(i) <= from) {
                times[k] = timesSec.get(i);
                intervals[k++] = intervalsMs.get(i++);
            }
            // the next interval of this series ends after `from`: the other one is free only if it also starts at or
            // after `to` (intervals of one series never overlap each other, so no later one can reach back)
            if (i == n || startSec(i) >= to) {
                times[k] = to;
                intervals[k++] = other.intervalsMs.get(j);
            }
        }
        while (i < n) {
            times[k] = timesSec.get(i);
            intervals[k++] = intervalsMs.get(i++);
        }
        return new RrSeries(Samples.wrap(java.util.Arrays.copyOf(times, k)),
                Samples.wrap(java.util.Arrays.copyOf(intervals, k)));
    }
}
