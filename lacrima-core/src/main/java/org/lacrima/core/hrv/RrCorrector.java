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
    /** Rounds of classification and correction at most. */
    static final int MAX_ROUNDS = 5;
    private static final int MIN_RUN = CorrectionRound.MIN_BEATS - 1;

    private int ectopic;
    private int missed;
    private int extra;
    private int longShort;
    private final DoubleBuffer flagged = new DoubleBuffer();
    private final CorrectionRound round = new CorrectionRound();
    private final CorrectionRound.Tally tally = new CorrectionRound.Tally() {
        @Override
        public void flagged(double beatMs) {
            flagged.add(beatMs / 1000);
        }

        @Override
        public void corrected(byte kind) {
            switch (kind) {
                case CorrectionRound.ECTOPIC -> ectopic++;
                case CorrectionRound.MISSED -> missed++;
                case CorrectionRound.EXTRA -> extra++;
                default -> longShort++;
            }
        }
    };

    /** The pads of a run's first interval and first difference are their means over this many values (or the run). */
    private final int padSpan;

    private RrCorrector(int padSpan) {
        this.padSpan = padSpan;
    }

    /** Corrects {@code rr}; a clean series comes back unchanged. */
    public static RrCorrection correct(RrSeries rr) {
        return correct(rr, Integer.MAX_VALUE);
    }

    /**
     * As {@link #correct(RrSeries)}, but the pads of each run's first interval and first difference are their means
     * over the run's first {@code padSpan} values instead of the whole run (what {@link RrStream} can know).
     */
    static RrCorrection correct(RrSeries rr, int padSpan) {
        RrCorrector c = new RrCorrector(padSpan);
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
        byte[] kind = new byte[n];
        if (!round.classify(beats, n, 0, n, false, padEnd(n, padSpan), kind, null)) {
            return null;
        }
        DoubleBuffer out = new DoubleBuffer();
        CorrectionRound.apply(beats, n, kind, 0, 0, new DoubleBuffer(), out, null, tally);
        return out.toSamples().toArray();
    }

    /** The end of the values whose means pad a run of {@code n} beats: all, or the first {@code padSpan}. */
    static int padEnd(int n, int padSpan) {
        return padSpan >= n - 1 ? n : padSpan + 1;
    }

    private Samples flaggedSorted() {
        double[] f = flagged.toSamples().toArray();
        Arrays.sort(f);
        return Samples.wrap(f);
    }

    /** ALPHA quartile deviations of |x| over a centred 91-beat window (shortened at the ends), floored. */
    static double[] threshold(double[] x) {
        return CorrectionRound.threshold(x);
    }

    /** Running median over a centred 11-beat window (shortened at the ends). */
    static double[] medianFilter(double[] x) {
        return CorrectionRound.medianFilter(x);
    }
}
