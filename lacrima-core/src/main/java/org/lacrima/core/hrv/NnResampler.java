package org.lacrima.core.hrv;

import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;

/**
 * Puts an NN series on a regular grid (e.g. 4 Hz) by linear interpolation between the beats that
 * end the intervals, with {@code NaN} in gaps and before the first beat.
 *
 * <p>Linear, not cubic, interpolation: each grid value depends only on the two beats around it, so
 * a slice of a recording (or a live stream up to its last beat) gives exactly the values of the
 * whole. It smooths the fastest respiratory oscillations slightly (about 25 % of HF power at
 * 0.3 Hz and 60 bpm), a constant factor that does not move an index relative to its baseline.
 */
public final class NnResampler {
    private NnResampler() {
    }

    /** NN intervals in milliseconds on the grid {@code startSec + i / rateHz}, {@code i < length}. */
    public static RegularSeries nnMs(RrSeries nn, double startSec, double rateHz, int length) {
        return new RegularSeries("nn", "ms", startSec, rateHz, Samples.wrap(interpolate(nn, startSec, rateHz, length, false)));
    }

    /** Heart rate in beats per minute on the grid {@code startSec + i / rateHz}, {@code i < length}. */
    public static RegularSeries heartRate(RrSeries nn, double startSec, double rateHz, int length) {
        return Index.HR.series(startSec, rateHz, Samples.wrap(interpolate(nn, startSec, rateHz, length, true)));
    }

    /**
     * Heart rate in bpm on a grid at {@code rateHz} covering {@code [startSec, endSec)}. (Not an
     * overload of {@link #heartRate}: an int literal for the rate would silently pick the other one.)
     */
    public static RegularSeries heartRateBetween(RrSeries nn, double startSec, double endSec, double rateHz) {
        return heartRate(nn, startSec, rateHz, gridLength(startSec, endSec, rateHz));
    }

    /** Number of grid points at {@code rateHz} in {@code [startSec, endSec)}. */
    public static int gridLength(double startSec, double endSec, double rateHz) {
        return Math.max(0, (int) Math.ceil((endSec - startSec) * rateHz - 1e-9));
    }

    static double[] interpolate(RrSeries nn, double startSec, double rateHz, int length, boolean asRate) {
        double[] out = new double[length];
        java.util.Arrays.fill(out, Double.NaN);
        int n = nn.length();
        Samples t = nn.timesSec();
        Samples v = nn.intervalsMs();
        // the last beat at or before the first grid point, found by bisection: the scan from the first beat that this
        // replaces cost a slow-breathing window (40 s) a pass over all the beats before it (an hour's: 5,000)
        int i = Math.max(0, t.firstIndexAtOrAfter(Math.nextUp(startSec)) - 1);
        for (int g = 0; g < length; g++) {
            double time = startSec + g / rateHz;
            while (i + 1 < n && t.get(i + 1) <= time) {
                i++;
            }
            if (n == 0 || t.get(i) > time) {
                continue;
            }
            double value;
            if (t.get(i) == time) {
                value = v.get(i);
            } else if (i + 1 < n && !nn.gapBefore(i + 1)) {
                double f = (time - t.get(i)) / (t.get(i + 1) - t.get(i));
                value = v.get(i) + f * (v.get(i + 1) - v.get(i));
            } else {
                continue;
            }
            out[g] = asRate ? 60000.0 / value : value;
        }
        return out;
    }
}
