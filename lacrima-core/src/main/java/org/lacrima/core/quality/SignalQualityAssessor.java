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
        collectDropouts(channel, v, rules, runs);
        collectImplausible(v, rules, runs);
        if (channel.isRegular()) {
            collectFlat(channel, v, rules, runs);
            collectClipping(channel, v, rules, runs);
            if (rules.calibration()) {
                bad.addAll(CALIBRATION.detect(channel));
            }
        }
        return new QualityMask(channel.label(), start, end, mergeClose(bad));
    }

    private static void collectDropouts(Channel ch, double[] v, QualityRules rules, RunCollector runs) {
        int runStart = -1;
        for (int i = 0; i <= v.length; i++) {
            boolean missing = i < v.length && Double.isNaN(v[i]);
            if (missing && runStart < 0) {
                runStart = i;
            } else if (!missing && runStart >= 0) {
                runs.add(runStart, i, QualityIssue.DROPOUT);
                runStart = -1;
            }
        }
        if (!ch.isRegular()) {
            for (int i = 1; i < v.length; i++) {
                double t0 = ch.timeOfSec(i - 1);
                double t1 = ch.timeOfSec(i);
                if (t1 - t0 > rules.maxGapSec()) {
                    runs.addSeconds(t0, t1, QualityIssue.DROPOUT);
                }
            }
        }
    }

    private static void collectImplausible(double[] v, QualityRules rules, RunCollector runs) {
        double lo = rules.plausibleMin();
        double hi = rules.plausibleMax();
        if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
            return;
        }
        int runStart = -1;
        for (int i = 0; i <= v.length; i++) {
            boolean implausible = i < v.length && !Double.isNaN(v[i])
                    && (v[i] > hi || v[i] < lo || (rules.minExclusive() && v[i] == lo));
            if (implausible && runStart < 0) {
                runStart = i;
            } else if (!implausible && runStart >= 0) {
                runs.add(runStart, i, QualityIssue.IMPLAUSIBLE);
                runStart = -1;
            }
        }
    }

    private static void collectFlat(Channel ch, double[] v, QualityRules rules, RunCollector runs) {
        int minRun = (int) Math.ceil(rules.minFlatSec() * ch.rateHz());
        if (rules.minFlatSec() == Double.POSITIVE_INFINITY || minRun > v.length) {
            return;
        }
        int runStart = 0;
        for (int i = 1; i <= v.length; i++) {
            boolean same = i < v.length && v[i] == v[runStart];
            if (!same) {
                if (i - runStart >= Math.max(2, minRun) && !Double.isNaN(v[runStart])) {
                    runs.add(runStart, i, QualityIssue.FLAT_LINE);
                }
                runStart = i;
            }
        }
    }

    private static void collectClipping(Channel ch, double[] v, QualityRules rules, RunCollector runs) {
        if (rules.minClipSec() == Double.POSITIVE_INFINITY) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        if (!(max > min)) {
            return; // constant or empty: the flat-line check speaks for it
        }
        int minRun = Math.max(3, (int) Math.ceil(rules.minClipSec() * ch.rateHz()));
        int minFlat = (int) Math.min(Integer.MAX_VALUE, Math.ceil(rules.minFlatSec() * ch.rateHz()));
        // both rails in one pass (a live block assesses its window every few seconds)
        int lowStart = -1;
        int highStart = -1;
        for (int i = 0; i <= v.length; i++) {
            double x = i < v.length ? v[i] : Double.NaN;
            lowStart = railRun(x == min, lowStart, i, minRun, minFlat, runs);
            highStart = railRun(x == max, highStart, i, minRun, minFlat, runs);
        }
    }

    /** Follows a run at one rail through sample {@code i}: its start, or -1 once it ended (a clipping run added). */
    private static int railRun(boolean atRail, int runStart, int i, int minRun, int minFlat, RunCollector runs) {
        if (atRail) {
            return runStart < 0 ? i : runStart;
        }
        if (runStart >= 0) {
            int len = i - runStart;
            // a long run at the rail is already reported as a flat line
            if (len >= minRun && len < minFlat) {
                runs.add(runStart, i, QualityIssue.CLIPPING);
            }
        }
        return -1;
    }

    private static List<BadInterval> mergeClose(List<BadInterval> bad) {
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
    private record RunCollector(Channel channel, List<BadInterval> out) {
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
