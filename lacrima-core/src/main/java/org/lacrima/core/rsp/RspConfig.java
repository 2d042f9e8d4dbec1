package org.lacrima.core.rsp;

/**
 * Settings of the respiration stage.
 *
 * @param workingRateHz       the signal is block-averaged down to about this rate (hertz) first
 * @param lowPassHz           cutoff (hertz) against noise; sobbing gasps reach about 1 Hz
 * @param baselineWindowSec   width (seconds) of the moving average removed as baseline drift (high-pass)
 * @param envelopeWindowSec   width (seconds) over which the local breath amplitude is measured for the
 *                            adaptive detection threshold
 * @param hysteresis          detection threshold as a fraction of the local RMS amplitude
 * @param gridRateHz          rate (hertz) of the output series
 * @param windowSec           width (seconds) of the centred window for rate, depth and irregularity
 */
public record RspConfig(double workingRateHz, double lowPassHz, double baselineWindowSec, double envelopeWindowSec,
                        double hysteresis, double gridRateHz, double windowSec) {
    public RspConfig {
        if (!(workingRateHz > 0) || !(lowPassHz > 0) || !(baselineWindowSec > 0) || !(envelopeWindowSec > 0)
                || !(hysteresis > 0) || !(gridRateHz > 0) || !(windowSec > 0)) {
            throw new IllegalArgumentException("respiration settings must all be positive");
        }
    }

    /** 10 Hz working rate, 1.5 Hz low-pass, 20 s baseline, 10 s envelope, hysteresis 0.3 RMS, 4 Hz grid, 20 s window. */
    public static RspConfig defaults() {
        return new RspConfig(10, 1.5, 20, 10, 0.3, 4, 20);
    }
}
