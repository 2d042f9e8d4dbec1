package org.lacrima.core.filter;

/**
 * The power spectrum of one short window of a signal, as the detectors of rhythmic movement read it (a belt's breaths
 * and steps, an accelerometer's gait): the window's straight trend out (a breath's or a posture's slope across it), then
 * a Hann taper against leakage from the slow components, then the power of each whole-cycle frequency (bins
 * {@code rateHz / length} apart) in a band.
 */
public final class WindowSpectrum {
    private final double[] tapered;
    private final double binHz;

    /** The spectrum of {@code x}, sampled at {@code rateHz}. */
    public WindowSpectrum(double[] x, double rateHz) {
        int n = x.length;
        double mt = (n - 1) / 2.0;
        double mx = 0;
        for (double v : x) {
            mx += v;
        }
        mx /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mt) * (x[i] - mx);
            sxx += (i - mt) * (i - mt);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        tapered = new double[n];
        for (int i = 0; i < n; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            tapered[i] = w * (x[i] - mx - slope * (i - mt));
        }
        binHz = rateHz / n;
    }

    /** Spacing of the bins, hertz. */
    public double binHz() {
        return binHz;
    }

    /** The first bin at or above {@code hz}. */
    public int binAtOrAbove(double hz) {
        return (int) Math.ceil(hz / binHz - 1e-9);
    }

    /** The last bin at or below {@code hz}. */
    public int binAtOrBelow(double hz) {
        return (int) Math.floor(hz / binHz + 1e-9);
    }

    /**
     * Power of bins {@code lo} to {@code hi} (inclusive), one per bin. Goertzel's recurrence, one multiplication a sample
     * per bin: the direct sum's sine and cosine per sample made the belt's two detectors ({@code rsp.BeltStepDetector}, {@code rsp.BeltJoltDetector}) cost as much as the rest of a
     * chest session's analysis (a 250 Hz belt: 3.5 s to 6 s per 50-minute file).
     */
    public double[] power(int lo, int hi) {
        double[] power = new double[Math.max(0, hi - lo + 1)];
        for (int b = lo; b <= hi; b++) {
            double coefficient = 2 * Math.cos(2 * Math.PI * b / tapered.length);
            double s1 = 0;
            double s2 = 0;
            for (double v : tapered) {
                double s0 = v + coefficient * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            power[b - lo] = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        }
        return power;
    }

    /** Total power of bins {@code lo} to {@code hi} (inclusive). */
    public double total(int lo, int hi) {
        double sum = 0;
        for (double p : power(lo, hi)) {
            sum += p;
        }
        return sum;
    }
}
