package org.lacrima.core.eda;

import java.util.List;

import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.signal.TimeGrid;

/**
 * SCR rate and mean SCR amplitude over time: at each grid point, the SCRs whose onset lies in a
 * centred window, counted over the good part of the window only. A window less than half good is
 * {@code NaN} (a gap, not a zero).
 *
 * @param rate      "scrRate": responses per minute
 * @param amplitude "scrAmplitude": mean amplitude of those responses, channel unit (µS); 0 when there were none
 */
public record ScrActivity(RegularSeries rate, RegularSeries amplitude) {

    /**
     * @param scrs      responses in time order
     * @param grid      the output grid
     * @param mask      where the EDA channel is good (its span bounds the windows)
     * @param windowSec width of the centred counting window, seconds
     * @param unit      unit of the amplitudes
     */
    public static ScrActivity of(List<Scr> scrs, TimeGrid grid, QualityMask mask, double windowSec, String unit) {
        int n = grid.length();
        double step = 1 / grid.rateHz();
        // cumulative good seconds on a fine lattice lets every window's good time be read in O(1)
        TimeGrid lattice = TimeGrid.covering(mask.startSec(), mask.endSec(), grid.rateHz());
        boolean[] good = mask.goodOnGrid(lattice.startSec(), lattice.rateHz(), lattice.length());
        double[] goodPrefix = new double[good.length + 1];
        for (int i = 0; i < good.length; i++) {
            goodPrefix[i + 1] = goodPrefix[i] + (good[i] ? step : 0);
        }
        double[] rate = new double[n];
        double[] amp = new double[n];
        int lo = 0;
        int hi = 0;
        double ampSum = 0;
        for (int i = 0; i < n; i++) {
            double t = grid.timeOfSec(i);
            double from = t - windowSec / 2;
            double to = t + windowSec / 2;
            while (hi < scrs.size() && scrs.get(hi).onsetSec() < to) {
                ampSum += scrs.get(hi++).amplitudeMicrosiemens();
            }
            while (lo < hi && scrs.get(lo).onsetSec() < from) {
                ampSum -= scrs.get(lo++).amplitudeMicrosiemens();
            }
            double goodSec = goodPrefix[latticeIndex(lattice, to)] - goodPrefix[latticeIndex(lattice, from)];
            int count = hi - lo;
            if (goodSec < windowSec / 2) {
                rate[i] = Double.NaN;
                amp[i] = Double.NaN;
            } else {
                rate[i] = count * 60.0 / goodSec;
                amp[i] = count == 0 ? 0 : ampSum / count;
            }
        }
        return new ScrActivity(
                Index.SCR_RATE.series(grid.startSec(), grid.rateHz(), Samples.wrap(rate)),
                Index.SCR_AMPLITUDE.withUnit(unit).series(grid.startSec(), grid.rateHz(), Samples.wrap(amp)));
    }

    private static int latticeIndex(TimeGrid lattice, double timeSec) {
        long k = (long) Math.ceil((timeSec - lattice.startSec()) * lattice.rateHz() - 1e-9);
        return (int) Math.max(0, Math.min(lattice.length(), k));
    }
}
