package org.lacrima.core.rsp;

import java.util.List;

import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.signal.TimeGrid;

/**
 * Breathing rate, depth and irregularity over time. At each grid point the breath cycles (onset to
 * next onset) overlapping a centred window are summarised; fewer than two cycles in the window, or a
 * window touching a bad stretch for more than half its length, gives {@code NaN}.
 *
 * <p>Irregularity is the mean of two local coefficients of variation, of cycle durations and of
 * depths, each computed from successive differences ({@code RMS(x[k+1]-x[k]) / (sqrt(2) mean x)}):
 * for independent breath-to-breath variation this equals the ordinary CV, but a slow, steady change
 * of rate or depth (calming down) does not count as irregular, while the jerky, uneven gasps of
 * sobbing do. Calm breathing scores about 0.1; sobbing 0.4 and more.
 *
 * @param rate         "breathingRate": breaths per minute
 * @param depth        "breathingDepth": mean depth, channel unit
 * @param irregularity "breathingIrregularity": dimensionless, 0 for perfectly regular breathing
 */
public record BreathingSeries(RegularSeries rate, RegularSeries depth, RegularSeries irregularity) {

    /** A cycle longer than this (seconds) is a pause or a detection gap, not a breath. */
    static final double MAX_CYCLE_SEC = 20;

    /**
     * @param breaths   breaths in time order, all in good signal
     * @param grid      output grid
     * @param mask      quality of the respiration channel
     * @param windowSec width of the centred window, seconds
     * @param unit      unit of the depths
     */
    public static BreathingSeries of(List<Breath> breaths, TimeGrid grid, QualityMask mask, double windowSec,
                                     String unit) {
        int cycles = Math.max(0, breaths.size() - 1);
        double[] start = new double[cycles];
        double[] duration = new double[cycles];
        double[] depth = new double[cycles];
        int m = 0;
        for (int k = 0; k < cycles; k++) {
            double a = breaths.get(k).onsetSec();
            double b = breaths.get(k + 1).onsetSec();
            if (b - a <= MAX_CYCLE_SEC && mask.isGood(a, b)) {
                start[m] = a;
                duration[m] = b - a;
                depth[m] = breaths.get(k).depth();
                m++;
            }
        }
        int n = grid.length();
        double[] rate = new double[n];
        double[] meanDepth = new double[n];
        double[] irregular = new double[n];
        int lo = 0;
        for (int i = 0; i < n; i++) {
            double t = grid.timeOfSec(i);
            double from = t - windowSec / 2;
            double to = t + windowSec / 2;
            while (lo < m && start[lo] + duration[lo] <= from) {
                lo++;
            }
            int hi = lo;
            while (hi < m && start[hi] < to) {
                hi++;
            }
            boolean covered = mask.badSecondsWithin(Math.max(from, mask.startSec()), Math.min(to, mask.endSec()))
                    <= windowSec / 2;
            if (hi - lo < 2 || !covered) {
                rate[i] = Double.NaN;
                meanDepth[i] = Double.NaN;
                irregular[i] = Double.NaN;
                continue;
            }
            double sumDur = 0;
            double sumDepth = 0;
            for (int k = lo; k < hi; k++) {
                sumDur += duration[k];
                sumDepth += depth[k];
            }
            rate[i] = 60.0 * (hi - lo) / sumDur;
            meanDepth[i] = sumDepth / (hi - lo);
            irregular[i] = hi - lo < 3 ? Double.NaN
                    : (successiveCv(duration, lo, hi) + successiveCv(depth, lo, hi)) / 2;
        }
        return new BreathingSeries(series(Index.BREATHING_RATE.key(), Index.BREATHING_RATE.unit(), grid, rate),
                series("breathingDepth", unit, grid, meanDepth), series("breathingIrregularity", "1", grid, irregular));
    }

    private static double successiveCv(double[] x, int from, int to) {
        double sumSq = 0;
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += x[k];
            if (k > from) {
                double d = x[k] - x[k - 1];
                sumSq += d * d;
            }
        }
        double mean = sum / (to - from);
        return mean <= 0 ? Double.NaN : Math.sqrt(sumSq / (to - from - 1)) / (Math.sqrt(2) * mean);
    }

    private static RegularSeries series(String name, String unit, TimeGrid grid, double[] v) {
        return new RegularSeries(name, unit, grid.startSec(), grid.rateHz(), Samples.wrap(v));
    }
}
