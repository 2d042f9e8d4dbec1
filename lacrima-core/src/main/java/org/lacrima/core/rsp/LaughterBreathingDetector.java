package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * Laughter, from a respiration belt. Laughing is done on the expiration (Filippelli et al. 2001, J Appl Physiol 90:
 * 1441-1446): a sudden expiratory effort, then a train of "ha" pulses about 4-5 per second (Bachorowski, Smoski &amp;
 * Owren 2001), each a small burst of flow, while lung volume steps down well below the resting end-expiratory level
 * (FRC), often by more than a tidal volume; a quick deep inspiration refills the lungs, and a longer laugh repeats this.
 * Sobbing is made of convulsive inspirations from about FRC; speech of quick inspirations and smooth expirations that end
 * near FRC. While someone laughs, breathing rate and irregularity describe the laugh, not arousal or sobbing; the
 * stretch is reported so that the indices can be left out.
 *
 * <p>A laugh exhalation is the expiration of a breath (its crest to the next onset) that
 * <ul>
 *   <li>ends at least {@value #MIN_DROP} of a resting breath below the resting end-expiratory level,</li>
 *   <li>only falls (the belt rises within it by at most {@value #MAX_RISE} of a resting breath),</li>
 *   <li>is followed by an inspiration that refills to at least {@value #MIN_REFILL} of a resting breath above that
 *       level, and</li>
 *   <li>on a belt sampled fast enough ({@link LaughPulses#resolvable(double)}), carries the pulses
 *       ({@link LaughPulses}) with an amplitude of at least {@value #MIN_PULSE_AMPLITUDE} of a resting breath, while at
 *       most {@value #MAX_RESTING_PULSED_SHARE} of the expirations of the breathing before it carry such a line.</li>
 * </ul>
 * Resting levels and depth are the medians of the breaths of the {@value #REFERENCE_SEC} s before the laugh (the
 * person's breathing just before it), read from the raw belt. A stretch of laughter is one laugh exhalation with pulses,
 * or on a slower belt {@value #MIN_EXHALATIONS_UNRESOLVED} in a row; it runs from the first laugh exhalation's breath
 * onset to the onset of the inspiration after the last.
 */
public final class LaughterBreathingDetector {
    /** Seconds before a laugh whose breaths give the resting levels and depth. */
    public static final double REFERENCE_SEC = 60;
    /**
     * Fall of a laugh exhalation's end below the resting end-expiratory level, in resting breaths. Laughter goes into the
     * expiratory reserve, typically by more than a tidal volume; quiet breathing, speech and sobbing end within a small
     * part of a tidal volume of FRC. Half a resting breath leaves room for short laughs and for a belt that follows lung
     * volume only roughly.
     */
    static final double MIN_DROP = 0.5;
    /**
     * Height of the inspiration after a laugh exhalation above the resting end-expiratory level, in resting breaths: the
     * quick deep inspiration refills the expiratory reserve laughed out and takes a breath on top. A belt that merely
     * slips or steps down after a posture change does not come back up.
     */
    static final double MIN_REFILL = 0.5;
    /**
     * Smallest amplitude of the pulse line, in resting breaths: each "ha" steps lung volume down by a few hundredths to a
     * few tenths of a tidal volume, whose staircase has a fundamental of about a third of the step. Smaller periodic
     * ripples (the heartbeat's harmonics on the chest wall) are not laugh pulses.
     */
    static final double MIN_PULSE_AMPLITUDE = 0.01;
    /**
     * Largest rise of the smoothed belt within a laugh exhalation, in resting breaths: laughing only lets air out, each
     * pulse a step down, so the belt does not rise within it beyond its noise; an expiration that holds an inspiration
     * is two breaths the breath detector took for one.
     */
    static final double MAX_RISE = 0.2;
    /**
     * Largest share of the expirations of the reference minute that may carry a line as a laugh exhalation does. A belt
     * whose ordinary breathing carries one too (the vibration of a moving vehicle, the heartbeat's harmonics on a tight
     * belt) gives no evidence of laughter by it; a laugh in the minute before still leaves most breaths smooth.
     */
    static final double MAX_RESTING_PULSED_SHARE = 0.4;
    /** Laugh exhalations in a row that make a stretch when the belt is too slow for the pulses: one could be a cough. */
    static final int MIN_EXHALATIONS_UNRESOLVED = 2;
    /**
     * Seconds between two runs of laugh exhalations that are still one laugh: a laugh exhalation whose pulses or fall
     * are weak leaves a gap of one breath cycle.
     */
    static final double SAME_LAUGH_GAP_SEC = 5;
    /** Fewest breaths of the reference minute that give resting levels and depth. */
    static final int MIN_REFERENCE_BREATHS = 4;
    /**
     * Seconds around a detected onset or crest within which the raw belt's extreme is the breath's level: the breaths are
     * found in a belt low-passed at 1.5 Hz, whose extremes lag or lead the raw ones by up to a few tenths of a second.
     */
    private static final double EXTREME_SEARCH_SEC = 0.4;
    /** Seconds over which the raw belt is averaged before its extremes are read (against sensor noise). */
    private static final double LEVEL_SMOOTHING_SEC = 0.3;

    private LaughterBreathingDetector() {
    }

    /**
     * Laughter stretches in {@code rsp} (the raw regular belt channel) among its {@code breaths} (in time order, found
     * in it), attributed to the channel's label.
     */
    public static List<BadInterval> detect(Channel rsp, List<Breath> breaths) {
        return detect(rsp, breaths, null);
    }

    /**
     * {@link #detect(Channel, List)}, reading each breath's levels from {@code memo} when an earlier, overlapping window
     * of the same feed read them (a live feed's blocks re-run over a window of a few minutes every ten seconds).
     *
     * @param memo levels of breaths already read, or {@code null}
     */
    public static List<BadInterval> detect(Channel rsp, List<Breath> breaths, Memo memo) {
        if (!rsp.isRegular() || breaths.size() < 2) {
            return List.of();
        }
        BeltLevels levels = new BeltLevels(rsp);
        BreathLevels breathLevels = new BreathLevels(levels, breaths, memo);
        boolean pulsesResolved = LaughPulses.resolvable(rsp.rateHz());
        // resting end-expiratory level, resting depth, first reference breath, share of its expirations with a line
        double[] reference = new double[4];
        List<BadInterval> runs = BreathRuns.find(breaths, (i, cycle, runOpen) -> {
            if (!runOpen) {
                reference(breathLevels, breaths, i, reference);
            }
            return laughExhalation(levels, breathLevels, breaths, i, reference, pulsesResolved);
        }, (from, to) -> to - from >= (pulsesResolved ? 1 : MIN_EXHALATIONS_UNRESOLVED), rsp.label(),
                QualityIssue.LAUGHTER);
        return merged(runs);
    }

    /** {@code runs} (in time order) with those less than {@link #SAME_LAUGH_GAP_SEC} apart joined. */
    private static List<BadInterval> merged(List<BadInterval> runs) {
        List<BadInterval> out = new ArrayList<>();
        for (BadInterval r : runs) {
            BadInterval last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.startSec() - last.endSec() < SAME_LAUGH_GAP_SEC) {
                out.set(out.size() - 1, new BadInterval(last.channel(), last.startSec(), r.endSec(), last.reason()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the expiration of breath {@code i} (to breath {@code i + 1}'s onset) is a laugh exhalation. */
    private static boolean laughExhalation(BeltLevels levels, BreathLevels breathLevels, List<Breath> breaths, int i,
                                           double[] reference, boolean pulsesResolved) {
        double restingLevel = reference[0];
        double restingDepth = reference[1];
        if (!(restingDepth > 0)) {
            return false;
        }
        Breath b = breaths.get(i);
        Breath next = breaths.get(i + 1);
        double end = breathLevels.trough[i + 1];
        if (!(end <= restingLevel - MIN_DROP * restingDepth)
                || !(breathLevels.crest[i + 1] >= restingLevel + MIN_REFILL * restingDepth)) {
            return false;
        }
        if (levels.largestRise(b.peakSec(), next.onsetSec()) > MAX_RISE * restingDepth) {
            return false;
        }
        if (!pulsesResolved) {
            return true;
        }
        if (levels.pulseAmplitude(b.peakSec(), next.onsetSec()) < MIN_PULSE_AMPLITUDE * restingDepth) {
            return false;
        }
        if (Double.isNaN(reference[3])) {
            reference[3] = pulsedShare(levels, breaths, (int) reference[2], i, restingDepth);
        }
        return reference[3] <= MAX_RESTING_PULSED_SHARE;
    }

    /** Share of the expirations of breaths {@code [from, to)} that carry a pulse line as a laugh exhalation would. */
    private static double pulsedShare(BeltLevels levels, List<Breath> breaths, int from, int to, double restingDepth) {
        int pulsed = 0;
        for (int j = from; j < to; j++) {
            if (levels.pulseAmplitude(breaths.get(j).peakSec(), breaths.get(j + 1).onsetSec())
                    >= MIN_PULSE_AMPLITUDE * restingDepth) {
                pulsed++;
            }
        }
        return (double) pulsed / (to - from);
    }

    /**
     * Puts the resting end-expiratory level and depth (medians of the breaths starting in the {@link #REFERENCE_SEC}
     * before breath {@code i}; NaN when there are fewer than {@link #MIN_REFERENCE_BREATHS}), the first of those breaths
     * and NaN for the share of their expirations with a line (not yet computed) into {@code out}.
     */
    private static void reference(BreathLevels levels, List<Breath> breaths, int i, double[] out) {
        double from = breaths.get(i).onsetSec() - REFERENCE_SEC;
        int j = i;
        while (j > 0 && breaths.get(j - 1).onsetSec() >= from) {
            j--;
        }
        int n = i - j;
        out[2] = j;
        out[3] = Double.NaN; // computed when a laugh exhalation with pulses needs it
        if (n < MIN_REFERENCE_BREATHS) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        double[] troughs = new double[n];
        double[] depths = new double[n];
        for (int k = j; k < i; k++) {
            troughs[k - j] = levels.trough[k];
            depths[k - j] = levels.crest[k] - levels.trough[k];
        }
        out[0] = median(troughs);
        out[1] = median(depths);
    }

    private static double median(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * The levels of breaths read in earlier windows of one feed, by onset time: a breath's levels depend only on the belt
     * around its onset and crest, not on the window, once that neighbourhood lies wholly inside the window. Breaths
     * whose onset lies before the window of a later call are dropped, so the memo holds a window's breaths at most.
     */
    public static final class Memo {
        /** onset (seconds) → {crest time (seconds), trough, crest} */
        private final NavigableMap<Double, double[]> levels = new TreeMap<>();
    }

    /**
     * Each breath's level at its onset (trough) and crest, read once: every breath is in the reference minute of the
     * fifteen or so breaths after it, and is read for each.
     */
    private static final class BreathLevels {
        final double[] trough;
        final double[] crest;

        BreathLevels(BeltLevels levels, List<Breath> breaths, Memo memo) {
            trough = new double[breaths.size()];
            crest = new double[breaths.size()];
            if (memo != null) {
                memo.levels.headMap(breaths.get(0).onsetSec(), false).clear();
            }
            for (int k = 0; k < breaths.size(); k++) {
                Breath b = breaths.get(k);
                double[] known = memo == null ? null : memo.levels.get(b.onsetSec());
                if (known != null && known[0] == b.peakSec()) {
                    trough[k] = known[1];
                    crest[k] = known[2];
                    continue;
                }
                trough[k] = levels.trough(b.onsetSec());
                crest[k] = levels.crest(b.peakSec());
                if (memo != null && levels.whollyInside(b.onsetSec()) && levels.whollyInside(b.peakSec())) {
                    memo.levels.put(b.onsetSec(), new double[] {b.peakSec(), trough[k], crest[k]});
                }
            }
        }
    }

    /**
     * The raw belt, read smoothed (a centred mean over {@link #LEVEL_SMOOTHING_SEC}) at breath onsets and crests. The
     * smoothed level is computed where it is read, from the samples around it alone: a level read near a breath is then
     * the same in every window that holds its neighbourhood, and a gap (NaN) spoils only the levels it touches.
     */
    private static final class BeltLevels {
        private final Channel rsp;
        private final Samples raw;
        private final int half;

        BeltLevels(Channel rsp) {
            this.rsp = rsp;
            this.raw = rsp.values();
            this.half = ((int) Math.round(LEVEL_SMOOTHING_SEC * rsp.rateHz()) | 1) / 2;
        }

        /** The centred mean of the raw belt around sample {@code k} (truncated at the channel's ends); NaN in a gap. */
        private double smooth(int k) {
            int lo = Math.max(0, k - half);
            int hi = Math.min(raw.length(), k + half + 1);
            double sum = 0;
            for (int j = lo; j < hi; j++) {
                sum += raw.get(j);
            }
            return sum / (hi - lo);
        }

        /** Whether the levels read around {@code sec} use no sample beyond the channel's ends. */
        boolean whollyInside(double sec) {
            return index(sec - EXTREME_SEARCH_SEC) - half >= 0 && index(sec + EXTREME_SEARCH_SEC) + half <= raw.length();
        }

        /** Lowest smoothed level within {@link #EXTREME_SEARCH_SEC} of {@code sec}; NaN outside the channel or in a gap. */
        double trough(double sec) {
            return extreme(sec, -1);
        }

        /** Highest smoothed level within {@link #EXTREME_SEARCH_SEC} of {@code sec}. */
        double crest(double sec) {
            return extreme(sec, 1);
        }

        private double extreme(double sec, int sign) {
            int k = extremeIndex(sec, sign);
            return k < 0 ? Double.NaN : smooth(k);
        }

        /** The sample of the smoothed extreme within {@link #EXTREME_SEARCH_SEC} of {@code sec}; -1 if none. */
        private int extremeIndex(double sec, int sign) {
            int from = index(sec - EXTREME_SEARCH_SEC);
            int to = index(sec + EXTREME_SEARCH_SEC);
            if (from < 0 || to > raw.length() || from >= to) {
                return -1;
            }
            int best = -1;
            double bestValue = Double.NaN;
            for (int k = from; k < to; k++) {
                double v = smooth(k);
                if (Double.isNaN(v)) {
                    return -1;
                }
                if (best < 0 || sign * v > sign * bestValue) {
                    best = k;
                    bestValue = v;
                }
            }
            return best;
        }

        /** Largest rise of the smoothed belt from the crest near {@code crestSec} to the trough near {@code troughSec}. */
        double largestRise(double crestSec, double troughSec) {
            int from = extremeIndex(crestSec, 1);
            int to = extremeIndex(troughSec, -1);
            if (from < 0 || to <= from) {
                return Double.POSITIVE_INFINITY;
            }
            double low = smooth(from);
            double rise = 0;
            for (int k = from; k <= to; k++) {
                double v = smooth(k);
                low = Math.min(low, v);
                rise = Math.max(rise, v - low);
            }
            return rise;
        }

        /**
         * Amplitude of the laugh-pulse line of the raw belt over the expiration from the crest near {@code crestSec}
         * to the trough near {@code troughSec} (the raw extremes: the inspirations on either side, quick and large,
         * are left out); 0 if none.
         */
        double pulseAmplitude(double crestSec, double troughSec) {
            int from = extremeIndex(crestSec, 1);
            int to = extremeIndex(troughSec, -1);
            return from < 0 || to <= from ? 0 : LaughPulses.amplitude(raw.slice(from, to).toArray(), rsp.rateHz());
        }

        /** The first sample at or after {@code sec} (may lie outside the channel). */
        private int index(double sec) {
            return (int) Math.ceil((sec - rsp.startOffsetSec()) * rsp.rateHz() - 1e-9);
        }
    }
}
