package org.lacrima.core.hrv;

import java.util.Arrays;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.model.Samples;

/**
 * Corrects artefacts and ectopic beats in an RR series after Lipponen and Tarvainen (2019),
 * "A robust algorithm for heart rate variability time series artefact correction using novel beat
 * classification", J. Med. Eng. Technol. 43(3).
 *
 * <p>Successive differences (dRR) and deviations from an 11-beat median (mRR) are scaled by
 * time-varying thresholds (5.2 quartile deviations over 91 beats); beats are then classified in the
 * (dRR, neighbouring dRR) plane as ectopic, missed, extra or long/short and corrected by moving
 * the beat to the midpoint of its neighbours, inserting a beat, or removing it. As in NeuroKit2's
 * implementation the classification is repeated until nothing is found (at most 5 rounds).
 * Each stretch without a gap ({@link RrSeries#gapBefore(int)}) is corrected on its own; stretches
 * shorter than 5 intervals are left as they are. Internal units are milliseconds.
 */
public final class RrCorrector {
    private static final double ALPHA = 5.2;
    private static final int WINDOW = 91;
    private static final int MEDIAN_ORDER = 11;
    private static final double C1 = 0.13;
    private static final double C2 = 0.17;
    private static final int MAX_ROUNDS = 5;
    private static final int MIN_RUN = 5;
    /** Floor for both thresholds, in ms, so a perfectly regular (synthetic) rhythm does not divide by zero. */
    private static final double MIN_THRESHOLD_MS = 10;

    private int ectopic;
    private int missed;
    private int extra;
    private int longShort;
    private final DoubleBuffer flagged = new DoubleBuffer();

    private RrCorrector() {
    }

    /** Corrects {@code rr}; a clean series comes back unchanged. */
    public static RrCorrection correct(RrSeries rr) {
        RrCorrector c = new RrCorrector();
        DoubleBuffer times = new DoubleBuffer();
        DoubleBuffer intervals = new DoubleBuffer();
        int n = rr.length();
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || rr.gapBefore(i)) {
                c.correctRun(rr, runStart, i, times, intervals);
                runStart = i;
            }
        }
        return new RrCorrection(new RrSeries(times.toSamples(), intervals.toSamples()),
                c.ectopic, c.missed, c.extra, c.longShort, c.flaggedSorted());
    }

    private void correctRun(RrSeries rr, int from, int to, DoubleBuffer times, DoubleBuffer intervals) {
        int m = to - from;
        if (m < MIN_RUN) {
            for (int i = from; i < to; i++) {
                times.add(rr.timesSec().get(i));
                intervals.add(rr.intervalsMs().get(i));
            }
            return;
        }
        // beat times in ms: the start of the first interval, then the end of each
        double[] beats = new double[m + 1];
        beats[0] = rr.startSec(from) * 1000;
        for (int i = 0; i < m; i++) {
            beats[i + 1] = rr.timesSec().get(from + i) * 1000;
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] fixed = correctOnce(beats);
            if (fixed == null) {
                break;
            }
            beats = fixed;
        }
        for (int i = 1; i < beats.length; i++) {
            times.add(beats[i] / 1000);
            intervals.add(beats[i] - beats[i - 1]);
        }
    }

    /** One round of classification and correction; {@code null} when every beat is normal. */
    private double[] correctOnce(double[] beats) {
        int n = beats.length;
        if (n < MIN_RUN + 1) {
            return null;
        }
        double[] rr = new double[n];
        for (int i = 1; i < n; i++) {
            rr[i] = beats[i] - beats[i - 1];
        }
        rr[0] = mean(rr, 1, n);
        double[] drr = new double[n];
        for (int i = 1; i < n; i++) {
            drr[i] = rr[i] - rr[i - 1];
        }
        drr[0] = mean(drr, 1, n);
        double[] th1 = threshold(drr);
        for (int i = 0; i < n; i++) {
            drr[i] /= th1[i];
        }
        double[] medRr = medianFilter(rr);
        double[] mrr = new double[n];
        for (int i = 0; i < n; i++) {
            double d = rr[i] - medRr[i];
            mrr[i] = d < 0 ? 2 * d : d;
        }
        double[] th2 = threshold(mrr);
        for (int i = 0; i < n; i++) {
            mrr[i] /= th2[i];
        }
        byte[] kind = new byte[n];
        boolean any = false;
        for (int i = 0; i < n - 2; i++) {
            if (Math.abs(drr[i]) <= 1) {
                continue;
            }
            double s12 = drr[i] > 0 ? Math.max(at(drr, i - 1), at(drr, i + 1)) : Math.min(at(drr, i - 1), at(drr, i + 1));
            boolean eq1 = drr[i] > 1 && s12 < -C1 * drr[i] - C2;
            boolean eq2 = drr[i] < -1 && s12 > -C1 * drr[i] + C2;
            if (eq1 || eq2) {
                // the short-long (or long-short) pattern around interval i has one beat out of
                // rhythm, the one ending interval i - 1 or i: the one further from its neighbours' midpoint
                int beat = displacement(beats, i) >= displacement(beats, i - 1) ? i : i - 1;
                if (beat > 0 && beat < n - 1) {
                    kind[beat] = ECTOPIC;
                    any = true;
                }
                // interval i + 1 belongs to the same pattern; do not read it as a second one
                i++;
                continue;
            }
            int last = Math.abs(drr[i + 1]) < Math.abs(drr[i + 2]) ? i + 1 : i;
            for (int j = i; j <= last; j++) {
                double s22 = drr[j] >= 0 ? Math.min(at(drr, j + 1), at(drr, j + 2)) : Math.max(at(drr, j + 1), at(drr, j + 2));
                boolean eq3 = drr[j] > 1 && s22 < -1;
                boolean eq4 = Math.abs(mrr[j]) > 3;
                boolean eq5 = drr[j] < -1 && s22 > 1;
                if (!(eq3 || eq4 || eq5)) {
                    continue;
                }
                boolean eq6 = Math.abs(rr[j] / 2 - medRr[j]) < th2[j];
                boolean eq7 = j + 1 < n && Math.abs(rr[j] + rr[j + 1] - medRr[j]) < th2[j];
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
        return any ? apply(beats, kind) : null;
    }

    private static final byte ECTOPIC = 1;
    private static final byte MISSED = 2;
    private static final byte EXTRA = 3;
    private static final byte LONG_SHORT = 4;

    /**
     * Applies the corrections in NeuroKit2's order: remove extra beats, insert missed ones, then move
     * misplaced ones to the midpoint of their (already corrected) neighbours.
     */
    private double[] apply(double[] beats, byte[] kind) {
        int n = beats.length;
        DoubleBuffer kept = new DoubleBuffer();
        DoubleBuffer keptKind = new DoubleBuffer();
        for (int i = 0; i < n; i++) {
            if (kind[i] != 0) {
                flagged.add(beats[i] / 1000);
            }
            if (kind[i] == EXTRA) {
                extra++;
                continue;
            }
            if (kind[i] == MISSED) {
                missed++;
                if (kept.size() > 0) {
                    kept.add((kept.get(kept.size() - 1) + beats[i]) / 2);
                    keptKind.add(0);
                }
                kept.add(beats[i]);
                keptKind.add(0);
                continue;
            }
            kept.add(beats[i]);
            keptKind.add(kind[i]);
        }
        double[] out = kept.toSamples().toArray();
        double[] before = out.clone();
        for (int i = 1; i < out.length - 1; i++) {
            byte k = (byte) keptKind.get(i);
            if (k == ECTOPIC || k == LONG_SHORT) {
                if (k == ECTOPIC) {
                    ectopic++;
                } else {
                    longShort++;
                }
                out[i] = (before[i - 1] + before[i + 1]) / 2;
            }
        }
        return out;
    }

    private Samples flaggedSorted() {
        double[] f = flagged.toSamples().toArray();
        Arrays.sort(f);
        return Samples.wrap(f);
    }

    private static double displacement(double[] beats, int i) {
        if (i < 1 || i > beats.length - 2) {
            return -1;
        }
        return Math.abs(beats[i] - (beats[i - 1] + beats[i + 1]) / 2);
    }

    private static double at(double[] x, int i) {
        // reflect at the ends, as NeuroKit2's padding does
        int n = x.length;
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

    /** ALPHA quartile deviations of |x| over a centred 91-beat window (shortened at the ends), floored. */
    static double[] threshold(double[] x) {
        int n = x.length;
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(x[i]);
        }
        double[] th = new double[n];
        CentredWindow window = new CentredWindow(abs, WINDOW);
        for (int i = 0; i < n; i++) {
            window.centreOn(i);
            double qd = (window.quantile(0.75) - window.quantile(0.25)) / 2;
            th[i] = Math.max(MIN_THRESHOLD_MS, ALPHA * qd);
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
}
