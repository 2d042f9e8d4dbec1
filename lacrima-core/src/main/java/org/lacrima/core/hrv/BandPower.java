package org.lacrima.core.hrv;

import org.lacrima.core.filter.IirFilter;

/**
 * The RSA band-pass of an NN grid, one grid value at a time: a Butterworth band-pass started afresh after each gap,
 * the output and a weight that ramps from 0 to 1 over the filter's settling time (0 in gaps). Shared
 * by the whole-series {@link RsaEstimator} and the live {@link RsaStream}, so both filter alike.
 */
final class BandPower {
    private final double lowHz;
    private final double highHz;
    private final int settle;
    private IirFilter filter;
    private int runStart;
    private double output;
    private double weight;

    BandPower(double lowHz, double highHz) {
        this.lowHz = lowHz;
        this.highHz = highHz;
        this.settle = (int) Math.ceil(RsaEstimator.GRID_RATE_HZ / lowHz);
    }

    /** Takes grid value number {@code g} ({@code NaN} in a gap); {@link #output()} and {@link #weight()} are then its. */
    void take(int g, double nnMs) {
        if (Double.isNaN(nnMs)) {
            filter = null;
            output = 0;
            weight = 0;
            return;
        }
        if (filter == null) {
            filter = IirFilter.butterworthBandPass(2, RsaEstimator.GRID_RATE_HZ, lowHz, highHz);
            runStart = g;
        }
        output = filter.step(nnMs);
        weight = Math.min(1.0, (double) (g - runStart) / settle);
    }

    /** The band-passed NN, ms (0 in a gap). */
    double output() {
        return output;
    }

    double weight() {
        return weight;
    }

    /**
     * RSA at a grid point from the band power and weight summed over its centred window: the log of the mean power,
     * {@code NaN} where the NN grid is a gap or the window holds less than a second of settled signal.
     */
    static double logPower(double nnMs, double powerSum, double weightSum) {
        if (Double.isNaN(nnMs) || weightSum < RsaEstimator.GRID_RATE_HZ) {
            return Double.NaN;
        }
        return Math.log(Math.max(1e-6, powerSum / weightSum));
    }
}
