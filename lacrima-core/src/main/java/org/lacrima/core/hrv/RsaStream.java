package org.lacrima.core.hrv;

import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.signal.GrowingSeries;

/**
 * RSA of a live feed, kept from block to block: the NN grid from the recording start is band-passed once, as it
 * arrives, by the filter of {@link RsaEstimator} (which, being causal, runs on exactly as over the whole series), and a
 * block's RSA is the log mean band power (without deep breaths' swings, {@link DeepBreathExclusion}) over a window
 * centred on each of its grid points, as the whole-series
 * estimate gives it. The band is the default one ({@link RsaEstimator#DEFAULT_LOW_HZ} to
 * {@link RsaEstimator#MAX_HIGH_HZ}): a file whose median breathing is slower than the band's lower edge widens it,
 * which a live feed cannot know in advance.
 *
 * <p>Holds about ten minutes of grid values. Not thread-safe: one feeder at a time.
 */
public final class RsaStream {
    private static final double KEEP_SEC = 600;

    private final int half;
    private final BandPower band = new BandPower(RsaEstimator.DEFAULT_LOW_HZ, RsaEstimator.MAX_HIGH_HZ);
    private final GrowingSeries grid = new GrowingSeries();
    private final GrowingSeries output = new GrowingSeries();
    private final GrowingSeries weight = new GrowingSeries();
    private final DeepBreathExclusion deepBreaths = new DeepBreathExclusion();

    /** @param windowSec length of the centred window, seconds (30 s follows an episode) */
    public RsaStream(double windowSec) {
        this.half = (int) Math.round(windowSec * RsaEstimator.GRID_RATE_HZ / 2);
    }

    /** Seconds after a grid point that its RSA needs: half the window. */
    public double lookAheadSec() {
        return (half + 1) / RsaEstimator.GRID_RATE_HZ;
    }

    /**
     * Band-passes the grid points from the last one fed up to {@code untilSec} (exclusive), with the NN intervals
     * of {@code nn} there ({@code NaN} in its gaps and after its last beat).
     */
    public void feed(RrSeries nn, double untilSec) {
        int end = NnResampler.gridLength(0, untilSec, RsaEstimator.GRID_RATE_HZ);
        if (end <= grid.end()) {
            return;
        }
        double[] values = NnResampler.interpolate(nn, grid.end() / RsaEstimator.GRID_RATE_HZ,
                RsaEstimator.GRID_RATE_HZ, end - grid.end(), false);
        for (double v : values) {
            int g = grid.end();
            band.take(g, v);
            grid.add(v);
            output.add(band.output());
            weight.add(band.weight());
        }
        int keepFrom = grid.end() - (int) Math.round(KEEP_SEC * RsaEstimator.GRID_RATE_HZ);
        grid.discardBefore(keepFrom);
        output.discardBefore(keepFrom);
        weight.discardBefore(keepFrom);
    }

    /**
     * RSA (log band power, ln ms²) at the grid points of {@code [fromSec, toSec)}; {@code NaN} where the window
     * reaches past the grid fed so far or the NN grid is a gap.
     */
    public RegularSeries rsa(double fromSec, double toSec) {
        int first = (int) Math.ceil(fromSec * RsaEstimator.GRID_RATE_HZ - 1e-9);
        int length = NnResampler.gridLength(first / RsaEstimator.GRID_RATE_HZ, toSec, RsaEstimator.GRID_RATE_HZ);
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            int g = first + i;
            int lo = Math.max(0, g - half);
            int hi = g + half + 1;
            if (g < grid.start() || hi > grid.end() || lo < grid.start()) {
                out[i] = Double.NaN;
                continue;
            }
            DeepBreathExclusion.WindowPower window = deepBreaths.sum(output::get, weight::get, lo, hi);
            out[i] = BandPower.logPower(grid.get(g), window.powerSum(), window.weightSum());
        }
        return Index.RSA.series(first / RsaEstimator.GRID_RATE_HZ, RsaEstimator.GRID_RATE_HZ, Samples.wrap(out));
    }
}
