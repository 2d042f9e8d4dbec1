package org.lacrima.core.eda;

/**
 * Settings of the EDA stage.
 *
 * @param amplitudeThresholdMicrosiemens smallest SCR amplitude reported, µS (0.01 by default; lower for wrist data)
 * @param workingRateHz   the signal is block-averaged down to about this rate (hertz) before filtering
 * @param lowPassHz       cutoff (hertz) of the low-pass applied before decomposition; SCRs rise over 0.5-5 s
 * @param tonicWindowSec  width (seconds) of the lower-envelope window of the tonic estimate; responses narrower
 *                        than this are phasic
 * @param gridRateHz      rate (hertz) of the SCL and SCR-rate/amplitude series
 * @param rateWindowSec   width (seconds) of the centred window over which SCR rate and amplitude are counted
 * @param decayTauSec     recovery time constant (seconds) assumed when the phasic component is deconvolved
 *                        into its driver; responses decay with 2-10 s, and a mismatch only leaves a small
 *                        over- or undershoot after each driver pulse
 */
public record EdaConfig(double amplitudeThresholdMicrosiemens, double workingRateHz, double lowPassHz,
                        double tonicWindowSec, double gridRateHz, double rateWindowSec, double decayTauSec) {
    public EdaConfig {
        if (!(amplitudeThresholdMicrosiemens > 0) || !(workingRateHz > 0) || !(lowPassHz > 0)
                || !(tonicWindowSec > 0) || !(gridRateHz > 0) || !(rateWindowSec > 0) || !(decayTauSec > 0)) {
            throw new IllegalArgumentException("EDA settings must all be positive");
        }
    }

    /** Lab defaults: 0.01 µS threshold, 16 Hz working rate, 0.5 Hz low-pass, 20 s tonic window, 4 Hz grid, 60 s rate window, 4 s decay. */
    public static EdaConfig defaults() {
        return new EdaConfig(0.01, 16, 0.5, 20, 4, 60, 4);
    }

    /** Wrist devices (E4): smaller responses at a dry, distal site, so a 0.005 µS threshold. */
    public static EdaConfig wrist() {
        return defaults().withAmplitudeThreshold(0.005);
    }

    /** A copy with another SCR amplitude threshold in µS. */
    public EdaConfig withAmplitudeThreshold(double microsiemens) {
        return new EdaConfig(microsiemens, workingRateHz, lowPassHz, tonicWindowSec, gridRateHz, rateWindowSec,
                decayTauSec);
    }
}
