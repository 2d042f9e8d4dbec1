package org.lacrima.core.filter;

import org.apache.commons.math3.complex.Complex;
import uk.me.berndporr.iirj.Butterworth;

/**
 * A causal, stateful Butterworth filter that can be fed sample by sample or chunk by chunk, so a
 * growing signal is filtered exactly as the whole signal would be. Frequencies in hertz.
 *
 * <p>Design and filtering are iirj's (JDSP's filter back end). Its per-sample cascade was measured
 * as fast as a hand-written loop over primitive arrays (about 10 ms for an hour of 500 Hz through a
 * 4th-order band-pass on this machine), so it is used as is. The first sample is subtracted from
 * the input: a band-pass or high-pass ignores a constant, and the filter then starts without the
 * ringing a jump from zero to the signal's offset would cause.
 */
public final class IirFilter {
    private final Butterworth design;
    private final boolean removesOffset;
    private double offset;
    private boolean started;

    private IirFilter(Butterworth design, boolean removesOffset) {
        this.design = design;
        this.removesOffset = removesOffset;
    }

    /**
     * A Butterworth band-pass of the given order between {@code lowHz} and {@code highHz}.
     * {@code highHz} is clipped below the Nyquist frequency so one design serves 64 to 1000 Hz.
     */
    public static IirFilter butterworthBandPass(int order, double rateHz, double lowHz, double highHz) {
        double high = Math.min(highHz, 0.45 * rateHz);
        Butterworth b = new Butterworth();
        b.bandPass(order, rateHz, (lowHz + high) / 2, high - lowHz);
        return new IirFilter(b, true);
    }

    /** A Butterworth low-pass of the given order with cut-off {@code cutoffHz}. */
    public static IirFilter butterworthLowPass(int order, double rateHz, double cutoffHz) {
        Butterworth b = new Butterworth();
        b.lowPass(order, rateHz, Math.min(cutoffHz, 0.45 * rateHz));
        return new IirFilter(b, false);
    }

    /** Filters one sample. */
    public double step(double x) {
        if (!started) {
            started = true;
            offset = removesOffset ? x : 0;
        }
        return design.filter(x - offset);
    }

    /**
     * Forgets the samples filtered so far: the filter then behaves as a newly designed one, without
     * the cost of designing it again (pole placement and bilinear transform with complex arithmetic).
     */
    public void reset() {
        design.reset();
        started = false;
        offset = 0;
    }

    /** Group delay at {@code freqHz}, in samples, from the phase slope of the designed response. */
    public double groupDelaySamples(double freqHz, double rateHz) {
        double f = freqHz / rateHz;
        double df = 1e-4;
        Complex lo = design.response(f - df);
        Complex hi = design.response(f + df);
        double dPhase = hi.getArgument() - lo.getArgument();
        if (dPhase > Math.PI) {
            dPhase -= 2 * Math.PI;
        } else if (dPhase < -Math.PI) {
            dPhase += 2 * Math.PI;
        }
        return -dPhase / (2 * Math.PI * 2 * df);
    }
}
