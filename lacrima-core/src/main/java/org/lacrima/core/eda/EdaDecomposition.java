package org.lacrima.core.eda;

import org.lacrima.core.signal.MovingAverage;
import org.lacrima.core.signal.NoiseEstimate;
import org.lacrima.core.signal.SlidingExtremum;
import org.lacrima.core.signal.WorkingSignal;

/**
 * Tonic/phasic split and driver of a low-passed EDA signal at the working rate.
 *
 * <p>Tonic level: the morphological opening (sliding minimum, then sliding maximum) of the
 * low-passed signal over {@code tonicWindowSec}, smoothed by a moving average of half that width and
 * capped at the signal; the phasic part is the rest (never negative). Why not a full deconvolution
 * model (Benedek &amp; Kaernbach's CDA, cvxEDA) for the level: SCRs are positive, fast-rising bumps on
 * a slowly moving level, so the level is the signal's lower envelope; the opening finds it exactly
 * for any monotone drift (no lag, unlike a plain sliding minimum or a 0.05 Hz high-pass), needs no
 * model of the response shape (which differs between finger and wrist), has bounded support (chunked
 * and whole-signal processing agree) and runs in O(n), where cvxEDA solves a large QP.
 *
 * <p>Driver: the low-passed signal deconvolved by a first-order recovery with
 * {@code decayTauSec} ({@code x + tau dx/dt}), the one part of Benedek &amp; Kaernbach's idea that
 * SCR detection needs: it turns each response into a short pulse at its onset, so overlapping
 * responses separate ({@link ScrDetector}). The whole decomposition of an hour at 32 Hz takes a few
 * milliseconds.
 *
 * @param signal    the working-rate signal it was computed from
 * @param lowPassed the low-passed signal, channel unit
 * @param tonic     the tonic level, channel unit
 * @param phasic    {@code lowPassed - tonic}, channel unit
 * @param driver    the low-passed signal deconvolved by a first-order recovery,
 *                  {@code lowPassed + decayTau * d(lowPassed)/dt}: each response becomes a short pulse at its
 *                  onset on top of the (nearly unchanged) tonic level, so responses that overlap in the
 *                  signal stand apart; channel unit
 * @param noise     per sample, standard deviation of the measurement noise left in {@code lowPassed}, channel
 *                  unit: white noise estimated from second differences of the working signal in
 *                  {@value #NOISE_BLOCK_SEC}-second blocks, scaled by the low-pass's noise gain
 * @param driverNoise per sample, the same noise as it appears in {@code driver}
 */
public record EdaDecomposition(WorkingSignal signal, double[] lowPassed, double[] tonic, double[] phasic,
                               double[] driver, double[] noise, double[] driverNoise) {
    /** Length of the blocks in which noise is estimated: long enough for a robust median, short enough to follow motion. */
    public static final double NOISE_BLOCK_SEC = 30;

    /** Decomposes {@code signal} with the low-pass and tonic window of {@code config}. */
    public static EdaDecomposition of(WorkingSignal signal, EdaConfig config) {
        double fs = signal.rateHz();
        int width = MovingAverage.widthForCutoff(fs, config.lowPassHz());
        double[] low = MovingAverage.smooth(signal.values(), width, 3);
        int half = Math.max(1, (int) Math.round(config.tonicWindowSec() * fs / 2));
        double[] tonic = MovingAverage.centered(SlidingExtremum.opening(low, half), half | 1);
        double[] phasic = new double[low.length];
        for (int i = 0; i < low.length; i++) {
            // smoothing lets the level lead a step (a large response with a long tail); the level of
            // a signal of positive responses can never lie above the signal itself
            tonic[i] = Math.min(tonic[i], low[i]);
            phasic[i] = low[i] - tonic[i];
        }
        double tauSamples = config.decayTauSec() * fs;
        // the tonic level passes the deconvolution almost unchanged (it moves over tens of seconds), so
        // the driver is taken from the low-passed signal and does not inherit the tonic estimate's kinks
        double[] driver = deconvolve(low, tauSamples);
        double[] noise = NoiseEstimate.whiteNoiseSdByBlock(signal.values(), (int) Math.round(NOISE_BLOCK_SEC * fs),
                signal.latticeIndex());
        double[] gains = noiseGains(width, tauSamples);
        double lowGain = gains[0];
        double driverGain = gains[1];
        double[] driverNoise = new double[noise.length];
        for (int i = 0; i < noise.length; i++) {
            driverNoise[i] = noise[i] * driverGain;
            noise[i] *= lowGain;
        }
        return new EdaDecomposition(signal, low, tonic, phasic, driver, noise, driverNoise);
    }

    /**
     * The noise gains {lowPassed, driver} of the low-pass of {@code width} samples and of the deconvolution: the
     * root sum of squares of each linear filter's impulse response, which is its gain on white noise.
     */
    static double[] noiseGains(int width, double tauSamples) {
        double[] impulse = new double[6 * width + 3];
        impulse[impulse.length / 2] = 1;
        double[] lowKernel = MovingAverage.smooth(impulse, width, 3);
        return new double[] {rootSumSquares(lowKernel), rootSumSquares(deconvolve(lowKernel, tauSamples))};
    }

    /** {@code x + tau * dx/dt} with a central difference ({@code tau} in samples). */
    private static double[] deconvolve(double[] x, double tauSamples) {
        int n = x.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double slope = n < 2 ? 0 : (x[Math.min(n - 1, i + 1)] - x[Math.max(0, i - 1)])
                    / (Math.min(n - 1, i + 1) - Math.max(0, i - 1));
            d[i] = x[i] + tauSamples * slope;
        }
        return d;
    }

    private static double rootSumSquares(double[] k) {
        double s = 0;
        for (double v : k) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * Seconds after which an output sample no longer changes when more signal arrives: the support of
     * the low-pass, the opening and the tonic smoothing added up.
     */
    public static double lookAheadSec(EdaConfig config) {
        return 3 * 0.13 / config.lowPassHz() + 1.5 * config.tonicWindowSec() + 1;
    }
}
