package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.quality.GaitTracker;
import org.lacrima.core.quality.MotionDetector;
import org.lacrima.core.quality.MotionTracker;

/**
 * Measures, on a real wrist recording (an E4 export read in place), how the heart behaves after each stretch of
 * movement: the accelerometer's moving windows ({@link MotionTracker}, the detector's own) merged over pauses of
 * up to {@link ExertionDetector#MAX_PAUSE_SEC}, each with its duration and intensity (ENMO: the acceleration
 * magnitude's excess over the device's gravity, the median magnitude of the recording, in mg; van Hees et al. 2013,
 * Hildebrand et al. 2014), and around it heart rate from the pipeline's pulse peaks (markers: the detector's beats,
 * masked only by the PPG's own motion margins, never by the exertion rule) and from the device (HR.csv, IBI.csv).
 *
 * <p>Heart rate is taken relative to the level of the quiet stretch before the movement (median of the beats in up
 * to 30 s of stillness; at least 10 s), so an ensemble over the movements of one class is the heart's mean excursion
 * and recovery (the usual way heart-rate recovery curves are averaged). A movement contributes to a time after its
 * end only while the wrist is still quiet then (censored at the next movement).
 */
final class WristMovementRecovery {
    static final double PRE_MIN_SEC = 10;
    static final double PRE_MAX_SEC = 30;
    /** The end of the curves after the movement, seconds, in steps of {@link #STEP_SEC}. */
    static final double AFTER_SEC = 150;
    static final double STEP_SEC = 10;

    /** One movement: [start, end), intensity, and the quiet before and after it. */
    record Movement(double startSec, double endSec, double enmoMg, double quietBeforeSec, double quietAfterSec) {
        double durationSec() {
            return endSec - startSec;
        }
    }

    /** A heart-rate track: times and values (bpm). */
    record Track(double[] timeSec, double[] bpm) {
        /** Median of the values in [from, to), NaN when fewer than {@code min}. */
        double median(double from, double to, int min) {
            double[] v = new double[timeSec.length];
            int n = 0;
            int i = Arrays.binarySearch(timeSec, from);
            for (i = i < 0 ? -i - 1 : i; i < timeSec.length && timeSec[i] < to; i++) {
                if (!Double.isNaN(bpm[i])) {
                    v[n++] = bpm[i];
                }
            }
            if (n < min) {
                return Double.NaN;
            }
            Arrays.sort(v, 0, n);
            return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }

        /** Robust SD (1.4826 MAD) of the values in [from, to). */
        double spread(double from, double to) {
            double m = median(from, to, 3);
            List<Double> dev = new ArrayList<>();
            for (int i = 0; i < timeSec.length; i++) {
                if (timeSec[i] >= from && timeSec[i] < to && !Double.isNaN(bpm[i])) {
                    dev.add(Math.abs(bpm[i] - m));
                }
            }
            if (dev.size() < 3) {
                return Double.NaN;
            }
            double[] d = dev.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return 1.4826 * d[d.length / 2];
        }
    }

    private WristMovementRecovery() {
    }

    static List<Channel> axes(Recording r) {
        return r.channels(ChannelType.ACC);
    }

    /** The detector's moving windows of the recording, unwidened. */
    static List<BadInterval> moving(Recording r) {
        List<Channel> axes = axes(r);
        Channel first = axes.get(0);
        MotionTracker tracker = new MotionTracker(first.label(), first.rateHz(), first.timeOfSec(0),
                axes.stream().map(Channel::unit).toList(), MotionDetector.DEFAULT_THRESHOLD_G);
        tracker.accept(values(axes), length(axes));
        return tracker.moving();
    }

    /** The detector's judgement of the recording's movements as gait or not, fed the whole accelerometer. */
    static GaitTracker gait(Recording r) {
        List<Channel> axes = axes(r);
        Channel first = axes.get(0);
        GaitTracker gait = new GaitTracker(first.rateHz(), first.timeOfSec(0), axes.stream().map(Channel::unit).toList());
        gait.accept(values(axes), length(axes));
        return gait;
    }

    private static int length(List<Channel> axes) {
        return axes.stream().mapToInt(Channel::length).min().orElse(0);
    }

    private static double[][] values(List<Channel> axes) {
        double[][] values = new double[axes.size()][];
        for (int a = 0; a < axes.size(); a++) {
            values[a] = axes.get(a).values().toArray();
        }
        return values;
    }

    /** ENMO per accelerometer sample, mg, against the recording's median magnitude (the device's gravity). */
    static double[] enmo(Recording r) {
        List<Channel> axes = axes(r);
        int n = axes.stream().mapToInt(Channel::length).min().orElse(0);
        double[] magnitude = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Channel c : axes) {
                double v = c.values().get(i);
                sum += v * v;
            }
            magnitude[i] = Math.sqrt(sum);
        }
        double[] sorted = magnitude.clone();
        Arrays.sort(sorted);
        double gravity = sorted[n / 2];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = 1000 * Math.max(0, magnitude[i] - gravity);
        }
        return out;
    }

    /** The moving windows merged over pauses of up to {@link ExertionDetector#MAX_PAUSE_SEC}, with their ENMO. */
    static List<Movement> movements(Recording r) {
        List<BadInterval> moving = moving(r);
        Channel first = axes(r).get(0);
        double[] enmo = enmo(r);
        List<double[]> merged = new ArrayList<>();
        for (BadInterval m : moving) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.startSec() - last[1] <= ExertionDetector.MAX_PAUSE_SEC) {
                last[1] = Math.max(last[1], m.endSec());
            } else {
                merged.add(new double[] {m.startSec(), m.endSec()});
            }
        }
        List<Movement> out = new ArrayList<>();
        for (int k = 0; k < merged.size(); k++) {
            double[] m = merged.get(k);
            int from = (int) Math.max(0, Math.round((m[0] - first.timeOfSec(0)) * first.rateHz()));
            int to = (int) Math.min(enmo.length, Math.round((m[1] - first.timeOfSec(0)) * first.rateHz()));
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += enmo[i];
            }
            double before = k == 0 ? m[0] - first.timeOfSec(0) : m[0] - merged.get(k - 1)[1];
            double after = k == merged.size() - 1 ? r.durationSec() - m[1] : merged.get(k + 1)[0] - m[1];
            out.add(new Movement(m[0], m[1], to > from ? sum / (to - from) : 0, before, after));
        }
        return out;
    }

    /** Heart rate at each pulse interval of consecutive kept peaks (gaps over 2 s are masked stretches). */
    static Track pulseTrack(SessionAnalysis a) {
        Samples peaks = a.markers().pulsePeaksSec();
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < peaks.length(); i++) {
            double ibi = peaks.get(i) - peaks.get(i - 1);
            if (ibi > 0 && ibi < 2) {
                rows.add(new double[] {peaks.get(i), 60 / ibi});
            }
        }
        return track(rows);
    }

    /** The device's own 1-Hz heart rate (HR.csv). */
    static Track deviceHr(Recording r) {
        Channel hr = r.firstChannel(ChannelType.HR).orElseThrow();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < hr.length(); i++) {
            rows.add(new double[] {hr.timeOfSec(i), hr.values().get(i)});
        }
        return track(rows);
    }

    /** The device's own beats (IBI.csv: beat time, interval), as heart rate. */
    static Track deviceIbi(Recording r) {
        Channel ibi = r.channel("IBI").orElseThrow();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < ibi.length(); i++) {
            rows.add(new double[] {ibi.timeOfSec(i), 60 / ibi.values().get(i)});
        }
        return track(rows);
    }

    /** The skin conductance as recorded (µS), as a track. */
    static Track eda(Recording r) {
        Channel eda = r.firstChannel(ChannelType.EDA).orElseThrow();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < eda.length(); i++) {
            rows.add(new double[] {eda.timeOfSec(i), eda.values().get(i)});
        }
        return track(rows);
    }

    /** The pipeline's 4-Hz heart-rate index, as a track. */
    static Track hrIndex(SessionAnalysis a) {
        RegularSeries hr = a.index("hr").orElseThrow();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < hr.length(); i++) {
            rows.add(new double[] {hr.timeOfSec(i), hr.values().get(i)});
        }
        return track(rows);
    }

    private static Track track(List<double[]> rows) {
        return new Track(rows.stream().mapToDouble(x -> x[0]).toArray(), rows.stream().mapToDouble(x -> x[1]).toArray());
    }

    /**
     * Share of the recording's quiet seconds (no moving window within 5 s either side) at which the pipeline's
     * heart-rate index is present.
     */
    static double quietCoverage(SessionAnalysis a, List<BadInterval> moving, double fromSec, double toSec) {
        RegularSeries hr = a.index("hr").orElseThrow();
        int quiet = 0;
        int present = 0;
        for (double s = Math.ceil(fromSec); s < toSec; s++) {
            double t = s;
            if (moving.stream().anyMatch(m -> m.overlaps(t - 5, t + 5))) {
                continue;
            }
            int i = (int) Math.round((s - hr.startSec()) * hr.rateHz());
            if (i < 0 || i >= hr.length()) {
                continue;
            }
            quiet++;
            if (!Double.isNaN(hr.values().get(i))) {
                present++;
            }
        }
        return quiet == 0 ? Double.NaN : (double) present / quiet;
    }

    /** A class of movements: duration and ENMO bounds. */
    record MovementClass(String name, double minSec, double maxSec, double minMg, double maxMg) {
        boolean holds(Movement m) {
            return m.durationSec() >= minSec && m.durationSec() < maxSec && m.enmoMg() >= minMg && m.enmoMg() < maxMg;
        }
    }

    /**
     * The ensemble excursion of {@code track} relative to each movement's quiet pre-level, per {@link #STEP_SEC} after
     * the movement's end (first column: the movement itself, its second half), with the number of movements behind
     * each value; a line per class.
     */
    static String excursionTable(String title, List<Movement> movements, List<MovementClass> classes, Track track,
                                 int minBeats) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: mean excursion over the pre-level (n movements), during the second "
                + "half of the movement, then per %.0f s after its end%n", title, STEP_SEC));
        sb.append(String.format(Locale.ROOT, "  %-28s %5s %13s", "class", "n", "pre sd"));
        sb.append(String.format(Locale.ROOT, " %11s", "during"));
        for (double t = 0; t < AFTER_SEC; t += STEP_SEC) {
            sb.append(String.format(Locale.ROOT, " %11s", String.format(Locale.ROOT, "%.0f-%.0f", t, t + STEP_SEC)));
        }
        sb.append(String.format(Locale.ROOT, "%n"));
        for (MovementClass c : classes) {
            int bins = (int) (AFTER_SEC / STEP_SEC) + 1;
            double[] sum = new double[bins];
            int[] count = new int[bins];
            double sdSum = 0;
            int used = 0;
            for (Movement m : movements) {
                if (!c.holds(m) || m.quietBeforeSec() < PRE_MIN_SEC) {
                    continue;
                }
                double preFrom = m.startSec() - Math.min(PRE_MAX_SEC, m.quietBeforeSec()) + 1;
                double pre = track.median(preFrom, m.startSec() - 1, minBeats);
                if (Double.isNaN(pre)) {
                    continue;
                }
                used++;
                double sd = track.spread(preFrom, m.startSec() - 1);
                sdSum += Double.isNaN(sd) ? 0 : sd;
                double during = track.median((m.startSec() + m.endSec()) / 2, m.endSec(), 2);
                if (!Double.isNaN(during)) {
                    sum[0] += during - pre;
                    count[0]++;
                }
                for (int b = 1; b < bins; b++) {
                    double from = m.endSec() + (b - 1) * STEP_SEC;
                    if (from + STEP_SEC > m.endSec() + m.quietAfterSec() - 1) {
                        break;
                    }
                    double v = track.median(from, from + STEP_SEC, Math.max(2, minBeats / 3));
                    if (!Double.isNaN(v)) {
                        sum[b] += v - pre;
                        count[b]++;
                    }
                }
            }
            sb.append(String.format(Locale.ROOT, "  %-28s %5d %13.2f", c.name(), used, used == 0 ? Double.NaN : sdSum / used));
            for (int b = 0; b < bins; b++) {
                sb.append(String.format(Locale.ROOT, " %11s", count[b] == 0 ? "-"
                        : String.format(Locale.ROOT, "%+.2f (%d)", sum[b] / count[b], count[b])));
            }
            sb.append(String.format(Locale.ROOT, "%n"));
        }
        return sb.toString();
    }

    /**
     * How soon clean beats return: per band of time since the last movement ended, the share of quiet seconds
     * covered by a plausible interval of {@code track} (an interval of 0.33-1.5 s within 20 % of the median of the
     * track's intervals around it in a minute), over every quiet second of the recording.
     */
    static String plausibilityTable(String title, List<Movement> movements, Track track, double fromSec, double toSec) {
        double[] edges = {0, 2, 5, 10, 20, 30, 60, 90, 1e9};
        int[] seconds = new int[edges.length - 1];
        int[] covered = new int[edges.length - 1];
        double[] t = track.timeSec();
        double[] bpm = track.bpm();
        boolean[] plausible = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            double ibi = 60 / bpm[i];
            double local = track.median(t[i] - 30, t[i] + 30, 5);
            plausible[i] = ibi >= 0.33 && ibi <= 1.5 && !Double.isNaN(local) && Math.abs(bpm[i] / local - 1) <= 0.2;
        }
        int k = 0;
        for (double s = Math.ceil(fromSec); s < toSec; s++) {
            double since = Double.NaN;
            boolean inside = false;
            for (Movement m : movements) {
                if (m.startSec() - 1 <= s && s < m.endSec() + 1) {
                    inside = true;
                    break;
                }
                if (m.endSec() + 1 <= s) {
                    since = s - m.endSec();
                }
            }
            if (inside || Double.isNaN(since)) {
                continue;
            }
            int b = 0;
            while (since >= edges[b + 1]) {
                b++;
            }
            seconds[b]++;
            // the interval ending in the next beat after s covers s when it began at or before s
            while (k < t.length && t[k] < s) {
                k++;
            }
            if (k < t.length && t[k] - 60 / bpm[k] <= s + 1e-9 && plausible[k]) {
                covered[b]++;
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s: share of still seconds covered by a plausible beat interval, by time since the last movement%n  ",
                title));
        for (int b = 0; b < seconds.length; b++) {
            sb.append(String.format(Locale.ROOT, "%s s: %.2f (%d)  ", b == seconds.length - 1
                    ? String.format(Locale.ROOT, ">%.0f", edges[b])
                    : String.format(Locale.ROOT, "%.0f-%.0f", edges[b], edges[b + 1]),
                    seconds[b] == 0 ? Double.NaN : (double) covered[b] / seconds[b], seconds[b]));
        }
        return sb.append(String.format(Locale.ROOT, "%n")).toString();
    }

    /** Counts and ENMO quartiles per duration class, for the record. */
    static String census(List<Movement> movements) {
        double[][] bands = {{0, 5}, {5, 15}, {15, 30}, {30, 60}, {60, 1e9}};
        StringBuilder sb = new StringBuilder("movements (merged over 3-s pauses) by duration: n, ENMO median [IQR] mg\n  ");
        for (double[] band : bands) {
            double[] e = movements.stream().filter(m -> m.durationSec() >= band[0] && m.durationSec() < band[1])
                    .mapToDouble(Movement::enmoMg).sorted().toArray();
            sb.append(String.format(Locale.ROOT, "%.0f-%s s: %d, %s  ", band[0], band[1] > 1e8 ? "" : String.format(Locale.ROOT, "%.0f", band[1]),
                    e.length, e.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", e[e.length / 2],
                            e[e.length / 4], e[(3 * e.length) / 4])));
        }
        return sb.append('\n').toString();
    }
}
