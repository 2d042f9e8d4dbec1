package org.lacrima.core.hrv;

import java.util.Objects;
import org.lacrima.core.model.RegularSeries;

/**
 * Respiratory sinus arrhythmia over time.
 *
 * @param rsa        RSA per grid point, {@code NaN} where there is no NN: in ln(ms²) (the natural log of
 *                   the NN variance in the respiratory band within a sliding window centred on the
 *                   point) from {@link RsaEstimator#estimate}, in ms (mean peak–valley swing per
 *                   breath) from {@link RsaEstimator#peakValley}; the series' unit says which
 * @param confidence 0..1 per grid point: how much of the window had clean NN, times how many cycles
 *                   of the band the window holds, times whether breathing was inside the band
 * @param bandLowHz  lower edge of the band used, in hertz ({@code NaN} for peak–valley)
 * @param bandHighHz upper edge of the band used, in hertz ({@code NaN} for peak–valley)
 */
public record RsaTrack(RegularSeries rsa, RegularSeries confidence, double bandLowHz, double bandHighHz) {
    public RsaTrack {
        Objects.requireNonNull(rsa, "rsa");
        Objects.requireNonNull(confidence, "confidence");
    }
}
