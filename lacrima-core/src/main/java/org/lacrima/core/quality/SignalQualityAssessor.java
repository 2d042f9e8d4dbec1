package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;

/**
 * Finds flat lines, clipping, dropouts, implausible values, calibration signals and too-short channels in one channel.
 * One pass per check over the samples; no exception for any content (empty, all-{@code NaN},
 * constant): bad content becomes bad intervals.
 */
public final class SignalQualityAssessor {
    /** Intervals of the same reason closer than this (seconds) are merged, so one noisy stretch is one warning. */
    private static final double MERGE_GAP_SEC = 1.0;
    private static final CalibrationPulseDetector CALIBRATION = new CalibrationPulseDetector();

    /** Assesses {@code channel} with the defaults for its type ({@link QualityRules#forChannel(Channel)}). */
    public QualityMask assess(Channel channel) {
        return assess(channel, QualityRules.forChannel(channel));
    }

    /** Assesses {@code channel} with explicit rules. */
    public QualityMask assess(Channel channel, QualityRules rules) {
        double start = channel.length() == 0 ? channel.startOffsetSec() : channel.timeOfSec(0);
        double end = channel.endSec();
        List<BadInterval> bad = new ArrayList<>();
        if (end - start < rules.minDurationSec()) {
            bad.add(new BadInterval(channel.label(), start, Math.max(end, start), QualityIssue.TOO_SHORT));
            return new QualityMask(channel.label(), start, end, bad);
        }
        double[] v = channel.values().toArray();
        RunCollector runs = new RunCollector(channel, bad);
        collectDropouts(v, 0, v.length, runs);
        collectGaps(channel, rules, runs);
        if (checksRange(rules)) {
            collectImplausible(v, 0, v.length, rules, runs);
        }
        if (channel.isRegular()) {
            collectFlat(channel, v, rules, runs);
            collectClipping(channel, v, rules, runs);
            if (rules.calibration()) {
                bad.addAll(CALIBRATION.detect(channel));
            }
        }
        return new QualityMask(channel.label(), start, end, mergeClose(bad));
    }

    // The checks below scan for the start of a run and then for its end in two tight loops: a live block assesses
    // its EDA and respiration windows (about 90 s) every 10 s, so these passes ran over each sample nine times.
    /** Runs of {@code NaN} among samples {@code [from, to)} of {@code v}. */
    static void collectDropouts(double[] v, int from, int to, RunCollector runs) {
        int n = to;
        for (int i = from; i < n; i++) {
            if (Double.isNaN(v[i])) {
                int runStart = i;
                while (i < n && Double.isNaN(v[i])) {
                    i++;
                }
                runs.add(runStart, i, QualityIssue.DROPOUT);
            }
        }
    }

    /** Gaps between the samples of an irregular channel longer than the rules allow. */
    private static void collectGaps(Channel ch, QualityRules rules, RunCollector runs) {
        if (!ch.isRegular()) {
            for (int i = 1; i < ch.length(); i++) {
                double t0 = ch.timeOfSec(i - 1);
                double t1 = ch.timeOfSec(i);
                if (t1 - t0 > rules.maxGapSec()) {
                    runs.addSeconds(t0, t1, QualityIssue.DROPOUT);
                }
            }
        }
    }

    /** Whether the rules give a plausible range to check. */
    static boolean checksRange(QualityRules rules) {
        return rules.plausibleMin() != Double.NEGATIVE_INFINITY || rules.plausibleMax() != Double.POSITIVE_INFINITY;
    }

    /** Runs of implausible values among samples {@code [from, to)} of {@code v}. */
    static void collectImplausible(double[] v, int from, int to, QualityRules rules, RunCollector runs) {
        double lo = rules.plausibleMin();
        double hi = rules.plausibleMax();
        boolean exclusive = rules.minExclusive();
        int n = to;
        for (int i = from; i < n; i++) {
            if (implausible(v[i], lo, exclusive, hi)) {
                int runStart = i;
                while (i < n && implausible(v[i], lo, exclusive, hi)) {
                    i++;
                }
                runs.add(runStart, i, QualityIssue.IMPLAUSIBLE);
            }
        }
    }

    /**
     * Whether {@code x} lies outside the plausible range of {@code rules} ({@code NaN} is a dropout, not implausible; no
     * range, nothing is implausible).
     */
    public static boolean implausible(double x, QualityRules rules) {
        return implausible(x, rules.plausibleMin(), rules.minExclusive(), rules.plausibleMax());
    }

    /** Outside the plausible range ({@code NaN} is a dropout, not implausible). */
    static boolean implausible(double x, double lo, boolean exclusive, double hi) {
        return x > hi || x < lo || (exclusive && x == lo);
    }

    private static void collectFlat(Channel ch, double[] v, QualityRules rules, RunCollector runs) {
        int shortest = shortestFlat(ch, rules);
        if (shortest > v.length) {
            return;
        }
        int n = v.length;
        int i = 0;
        while (i < n) {
            int runStart = i;
            double x = v[i++];
            while (i < n && v[i] == x) {
                i++;
            }
            if (i - runStart >= shortest && !Double.isNaN(x)) {
                runs.add(runStart, i, QualityIssue.FLAT_LINE);
            }
        }
    }

    /** Samples in the shortest flat line; {@link Integer#MAX_VALUE} when the rules check none. */
    static int shortestFlat(Channel ch, QualityRules rules) {
        if (rules.minFlatSec() == Double.POSITIVE_INFINITY) {
            return Integer.MAX_VALUE;
        }
        return Math.max(2, (int) Math.ceil(rules.minFlatSec() * ch.rateHz()));
    }

    private static void collectClipping(Channel ch, double[] v, QualityRules rules, RunCollector runs) {
        if (rules.minClipSec() == Double.POSITIVE_INFINITY) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        // plain comparisons skip NaN; the sign of a zero extreme does not matter, as the rails are compared with ==
        for (double x : v) {
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
        }
        if (!(max > min)) {
            return; // constant or empty: the flat-line check speaks for it
        }
        collectRail(v, 0, v.length, min, ch, rules, runs);
        collectRail(v, 0, v.length, max, ch, rules, runs);
    }

    /**
     * The runs at one rail ({@code rail}, the channel's minimum or maximum) among samples {@code [from, to)} of
     * {@code v} long enough to be clipping.
     */
    static void collectRail(double[] v, int from, int to, double rail, Channel ch, QualityRules rules,
                            RunCollector runs) {
        int minRun = Math.max(3, (int) Math.ceil(rules.minClipSec() * ch.rateHz()));
        int minFlat = (int) Math.min(Integer.MAX_VALUE, Math.ceil(rules.minFlatSec() * ch.rateHz()));
        int n = to;
        for (int i = from; i < n; i++) {
            if (v[i] == rail) {
                int runStart = i;
                while (i < n && v[i] == rail) {
                    i++;
                }
                int len = i - runStart;
                // a long run at the rail is already reported as a flat line
                if (len >= minRun && len < minFlat) {
                    runs.add(runStart, i, QualityIssue.CLIPPING);
                }
            }
        }
    }

    static List<BadInterval> mergeClose(List<BadInterval> bad) {
        List<BadInterval> sorted = new ArrayList<>(bad);
        sorted.sort((a, b) -> a.reason() != b.reason() ? a.reason().compareTo(b.reason())
                : Double.compare(a.startSec(), b.startSec()));
        List<BadInterval> merged = new ArrayList<>();
        for (BadInterval b : sorted) {
            BadInterval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.reason() == b.reason() && b.startSec() - last.endSec() <= MERGE_GAP_SEC) {
                merged.set(merged.size() - 1, new BadInterval(last.channel(), last.startSec(),
                        Math.max(last.endSec(), b.endSec()), last.reason()));
            } else {
                merged.add(b);
            }
        }
        return merged;
    }

    /** Turns sample-index runs into time intervals of one channel. */
    record RunCollector(Channel channel, List<BadInterval> out) {
        void add(int fromIndex, int toIndex, QualityIssue reason) {
            double from = channel.timeOfSec(fromIndex);
            double to = channel.isRegular() ? channel.timeOfSec(toIndex)
                    : channel.timeOfSec(Math.min(toIndex, channel.length() - 1));
            addSeconds(from, to, reason);
        }

        void addSeconds(double fromSec, double toSec, QualityIssue reason) {
            out.add(new BadInterval(channel.label(), fromSec, Math.max(fromSec, toSec), reason));
        }
    }
}
