package org.lacrima.core.rsp;

/**
 * The power spectrum of one judged belt window, as the belt's detectors read it: the window's straight trend out (a
 * breath's slope across it), then a Hann taper against leakage from the breaths, then the power of each whole-cycle
 * frequency (bins {@code rateHz / length} apart) in a band.
 */
final class BeltSpectrum {
    private final double[] tapered;
    private final double binHz;

    /** The spectrum of {@code x}, sampled at {@code rateHz}. */
    BeltSpectrum(double[] x, double rateHz) {
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
    double binHz() {
        return binHz;
    }

    /** The first bin at or above {@code hz}. */
    int binAtOrAbove(double hz) {
        return (int) Math.ceil(hz / binHz - 1e-9);
    }

    /** The last bin at or below {@code hz}. */
    int binAtOrBelow(double hz) {
        return (int) Math.floor(hz / binHz + 1e-9);
    }

    /** Power of bins {@code lo} to {@code hi} (inclusive), one per bin. */
    double[] power(int lo, int hi) {
        int n = tapered.length;
        double[] power = new double[Math.max(0, hi - lo + 1)];
        for (int b = lo; b <= hi; b++) {
            double re = 0;
            double im = 0;
            double w = 2 * Math.PI * b / n;
            for (int i = 0; i < n; i++) {
                re += tapered[i] * Math.cos(w * i);
                im -= tapered[i] * Math.sin(w * i);
            }
            power[b - lo] = re * re + im * im;
        }
        return power;
    }

    /** Total power of bins {@code lo} to {@code hi} (inclusive). */
    double total(int lo, int hi) {
        double sum = 0;
        for (double p : power(lo, hi)) {
            sum += p;
        }
        return sum;
    }
}
