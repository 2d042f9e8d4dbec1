package org.lacrima.core.hrv;

import java.util.Arrays;

import org.lacrima.core.filter.DoubleBuffer;

/**
 * One round of {@link RrCorrector}'s beat classification and correction over beat times in milliseconds: the part
 * that the whole-run correction and the running one ({@link RrStream}) share.
 *
 * <p>The class of a beat depends on the beats within {@link #REACH} of it (91-beat thresholds, the 11-beat median,
 * two neighbouring differences), on where the run ends (windows are shortened there) and, for the first
 * {@value #WINDOW} / 2 + 7 beats of a run, on the pad given to its first interval and first difference (their means
 * over the first {@code padEnd - 1} values). So the classes from some position on can be recomputed alone, from the
 * beats {@link #REACH} before it, and come out as a classification of the whole run would give them.
 */
final class CorrectionRound {
    static final byte ECTOPIC = 1;
    static final byte MISSED = 2;
    static final byte EXTRA = 3;
    static final byte LONG_SHORT = 4;
    /** Fewer beats than this (five intervals) are not classified. */
    static final int MIN_BEATS = 6;
    /**
     * Beats before a classified position that its class depends on: half a threshold window of the mRR deviations
     * (45), each from a median of 11 (5), of intervals (1), with room.
     */
    static final int REACH = 56;

    private static final double ALPHA = 5.2;
    private static final int WINDOW = 91;
    private static final int MEDIAN_ORDER = 11;
    private static final double C1 = 0.13;
    private static final double C2 = 0.17;
    /** Floor for both thresholds, in ms, so a perfectly regular (synthetic) rhythm does not divide by zero. */
    private static final double MIN_THRESHOLD_MS = 10;

    /** What {@link #apply} corrected, for a whole run's report. */
    interface Tally {
        void flagged(double beatMs);

        void corrected(byte kind);
    }

    private double[] rr = new double[0];
    private double[] drr = new double[0];
    private double[] abs = new double[0];
    private double[] medRr = new double[0];
    private double[] mrr = new double[0];
    /** The running median of the intervals and the threshold window of the mRR deviations, as far as asked. */
    private CentredWindow medianWindow;
    private CentredWindow deviationWindow;
    /** The deviations are filled in from the first asked about up to here. */
    private int deviationsTo;

    /**
     * Classifies positions {@code [from, min(to, n - 2))} of {@code beats[0, n)} into {@code kind}, which the caller
     * has cleared from {@code from + 1} on (a position's class is set by the classification at it and its two
     * neighbours, the last one setting it winning).
     *
     * @param skipFrom whether position {@code from} is skipped (the previous one began an ectopic pattern)
     * @param padEnd   the pads of the first interval and difference are means over {@code [1, padEnd)}
     * @param skip     where to record, for each position classified, whether it was skipped; or {@code null}
     * @return whether any position was given a class
     */
    boolean classify(double[] beats, int n, int from, int to, boolean skipFrom, int padEnd, byte[] kind,
                     boolean[] skip) {
        int end = Math.min(to, n - 2);
        if (n < MIN_BEATS || from >= end) {
            return false;
        }
        grow(n);
        // near the run's start everything is recomputed, so the pads are too
        int lo = from <= REACH ? 0 : from - REACH;
        for (int k = Math.max(1, lo - 1); k < n; k++) {
            rr[k] = beats[k] - beats[k - 1];
        }
        if (lo == 0) {
            rr[0] = mean(rr, 1, padEnd);
        }
        for (int k = Math.max(1, lo); k < n; k++) {
            drr[k] = rr[k] - rr[k - 1];
        }
        if (lo == 0) {
            drr[0] = mean(drr, 1, padEnd);
        }
        // thresholds where the classification reads the differences: one before its first position, two after its last
        int t1From = Math.max(0, from - 1);
        int t1To = Math.min(n, end + 3);
        for (int k = Math.max(lo, t1From - WINDOW / 2); k < Math.min(n, t1To + WINDOW / 2); k++) {
            abs[k] = Math.abs(drr[k]);
        }
        // drr is scaled in place once all its thresholds are known: compute them before scaling
        double[] th1 = thresholds(abs, n, t1From, t1To);
        for (int k = t1From; k < t1To; k++) {
            drr[k] /= th1[k - t1From];
        }
        // the mRR deviations and their thresholds are read only where a difference is over its threshold: found as asked
        startDeviations(n);
        return scan(beats, n, from, end, skipFrom, kind, skip);
    }

    private boolean scan(double[] beats, int n, int from, int end, boolean skipFrom, byte[] kind, boolean[] skip) {
        boolean any = false;
        boolean skipNext = skipFrom;
        for (int i = from; i < end; i++) {
            if (skip != null) {
                skip[i] = skipNext;
            }
            if (skipNext) {
                skipNext = false;
                continue;
            }
            if (Math.abs(drr[i]) <= 1) {
                continue;
            }
            double s12 = drr[i] > 0 ? Math.max(at(drr, n, i - 1), at(drr, n, i + 1))
                    : Math.min(at(drr, n, i - 1), at(drr, n, i + 1));
            boolean eq1 = drr[i] > 1 && s12 < -C1 * drr[i] - C2;
            boolean eq2 = drr[i] < -1 && s12 > -C1 * drr[i] + C2;
            if (eq1 || eq2) {
                // the short-long (or long-short) pattern around interval i has one beat out of
                // rhythm, the one ending interval i - 1 or i: the one further from its neighbours' midpoint
                int beat = displacement(beats, n, i) >= displacement(beats, n, i - 1) ? i : i - 1;
                if (beat > 0 && beat < n - 1) {
                    kind[beat] = ECTOPIC;
                    any = true;
                }
                // interval i + 1 belongs to the same pattern; do not read it as a second one
                skipNext = true;
                continue;
            }
            int last = Math.abs(drr[i + 1]) < Math.abs(drr[i + 2]) ? i + 1 : i;
            for (int j = i; j <= last; j++) {
                double s22 = drr[j] >= 0 ? Math.min(at(drr, n, j + 1), at(drr, n, j + 2))
                        : Math.max(at(drr, n, j + 1), at(drr, n, j + 2));
                double th2 = deviationThreshold(j, n);
                boolean eq3 = drr[j] > 1 && s22 < -1;
                boolean eq4 = Math.abs(mrr[j] / th2) > 3;
                boolean eq5 = drr[j] < -1 && s22 > 1;
                if (!(eq3 || eq4 || eq5)) {
                    continue;
                }
                boolean eq6 = Math.abs(rr[j] / 2 - medRr[j]) < th2;
                boolean eq7 = j + 1 < n && Math.abs(rr[j] + rr[j + 1] - medRr[j]) < th2;
                if (eq5 && eq7) {
                    kind[j] = EXTRA;
                } else if (eq3 && eq6) {
                    kind[j] = MISSED;
                } else {
                    kind[j] = LONG_SHORT;
                }
                any = true;
            }
        }
        if (skip != null && end < skip.length) {
            skip[end] = skipNext;
        }
        return any;
    }

    private void startDeviations(int n) {
        medianWindow = new CentredWindow(rr, n, MEDIAN_ORDER);
        deviationWindow = new CentredWindow(abs, n, WINDOW);
        deviationsTo = 0;
    }

    /** The mRR thresholds of {@code intervals} at the beats {@code asked} (ascending), found as a round finds them. */
    static double[] deviationThresholds(double[] intervals, int[] asked) {
        CorrectionRound round = new CorrectionRound();
        int n = intervals.length;
        round.grow(n);
        System.arraycopy(intervals, 0, round.rr, 0, n);
        round.startDeviations(n);
        double[] th = new double[asked.length];
        for (int k = 0; k < asked.length; k++) {
            th[k] = round.deviationThreshold(asked[k], n);
        }
        return th;
    }

    /**
     * The threshold of the mRR deviation at beat {@code j} (the quartile deviations of the 91 around it, as for the
     * differences), with {@code medRr[j]} and {@code mrr[j]} (unscaled) filled in. Beats are asked in order, so the
     * median and threshold windows slide forward as the whole-run filters did, over only the stretches asked about.
     */
    private double deviationThreshold(int j, int n) {
        int need = Math.min(n, j + WINDOW / 2 + 1);
        for (int k = Math.max(deviationsTo, Math.max(0, j - WINDOW / 2)); k < need; k++) {
            medianWindow.centreOn(k);
            medRr[k] = medianWindow.quantile(0.5);
            double d = rr[k] - medRr[k];
            mrr[k] = d < 0 ? 2 * d : d;
            abs[k] = Math.abs(mrr[k]);
        }
        deviationsTo = Math.max(deviationsTo, need);
        deviationWindow.centreOn(j);
        double qd = (deviationWindow.quantile(0.75) - deviationWindow.quantile(0.25)) / 2;
        return Math.max(MIN_THRESHOLD_MS, ALPHA * qd);
    }

    /**
     * Applies the classes of {@code beats[from, n)} in NeuroKit2's order: remove extra beats, insert missed ones, then
     * move misplaced ones to the midpoint of their (already corrected) neighbours. The corrected beats are appended to
     * {@code out}; those of {@code beats[0, from)} are the first {@code base} (beat {@code from - 1}, if any, has no
     * class, so it stays where it is whatever follows).
     *
     * @param outIndex where to record, for each beat from {@code from} on, the index in {@code out} of its first
     *                 corrected beat; or {@code null}
     * @param tally    told what was corrected, or {@code null}
     */
    static void apply(double[] beats, int n, byte[] kind, int from, int base, DoubleBuffer kept, DoubleBuffer out,
                      int[] outIndex, Tally tally) {
        kept.clear();
        byte[] keptKind = new byte[2 * (n - from) + 1];
        for (int i = from; i < n; i++) {
            if (outIndex != null) {
                outIndex[i] = base + kept.size();
            }
            if (kind[i] != 0 && tally != null) {
                tally.flagged(beats[i]);
            }
            if (kind[i] == EXTRA) {
                if (tally != null) {
                    tally.corrected(EXTRA);
                }
                continue;
            }
            if (kind[i] == MISSED) {
                if (tally != null) {
                    tally.corrected(MISSED);
                }
                double previous = kept.size() > 0 ? kept.get(kept.size() - 1) : from > 0 ? beats[from - 1] : Double.NaN;
                if (!Double.isNaN(previous)) {
                    kept.add((previous + beats[i]) / 2);
                }
                kept.add(beats[i]);
                continue;
            }
            keptKind[kept.size()] = kind[i];
            kept.add(beats[i]);
        }
        int size = kept.size();
        int total = base + size;
        for (int j = 0; j < size; j++) {
            byte k = keptKind[j];
            int g = base + j;
            if ((k == ECTOPIC || k == LONG_SHORT) && g >= 1 && g < total - 1) {
                if (tally != null) {
                    tally.corrected(k);
                }
                double before = j > 0 ? kept.get(j - 1) : beats[from - 1];
                out.add((before + kept.get(j + 1)) / 2);
            } else {
                out.add(kept.get(j));
            }
        }
    }

    /** ALPHA quartile deviations of {@code x[0, n)} over a centred 91-beat window (shortened at the ends), floored. */
    static double[] threshold(double[] x) {
        double[] abs = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            abs[i] = Math.abs(x[i]);
        }
        return thresholds(abs, x.length, 0, x.length);
    }

    /** The thresholds of positions {@code [from, to)} over the non-negative {@code x[0, n)}. */
    private static double[] thresholds(double[] x, int n, int from, int to) {
        double[] th = new double[Math.max(0, to - from)];
        CentredWindow window = new CentredWindow(x, n, WINDOW);
        for (int i = from; i < to; i++) {
            window.centreOn(i);
            double qd = (window.quantile(0.75) - window.quantile(0.25)) / 2;
            th[i - from] = Math.max(MIN_THRESHOLD_MS, ALPHA * qd);
        }
        return th;
    }

    /** Running median over a centred 11-beat window (shortened at the ends). */
    static double[] medianFilter(double[] x) {
        double[] out = new double[x.length];
        CentredWindow window = new CentredWindow(x, MEDIAN_ORDER);
        for (int i = 0; i < x.length; i++) {
            window.centreOn(i);
            out[i] = window.quantile(0.5);
        }
        return out;
    }

    private void grow(int n) {
        if (rr.length < n) {
            int size = Math.max(n, 2 * rr.length);
            rr = Arrays.copyOf(rr, size);
            drr = Arrays.copyOf(drr, size);
            abs = Arrays.copyOf(abs, size);
            medRr = Arrays.copyOf(medRr, size);
            mrr = Arrays.copyOf(mrr, size);
        }
    }

    private static double displacement(double[] beats, int n, int i) {
        if (i < 1 || i > n - 2) {
            return -1;
        }
        return Math.abs(beats[i] - (beats[i - 1] + beats[i + 1]) / 2);
    }

    private static double at(double[] x, int n, int i) {
        // reflect at the ends, as NeuroKit2's padding does
        if (i < 0) {
            i = -i;
        } else if (i >= n) {
            i = 2 * (n - 1) - i;
        }
        return x[Math.max(0, Math.min(n - 1, i))];
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return to > from ? s / (to - from) : 0;
    }
}
