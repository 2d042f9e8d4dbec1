package org.lacrima.core.hrv;

/**
 * Spectral power of an unevenly sampled series (beat-to-beat intervals) by the Lomb–Scargle
 * periodogram, scaled as a one-sided power spectral density so that its integral over frequency is
 * the variance: power in a band comes out in the squared unit of the values (ms² for NN in ms).
 * Needs no interpolation and copes with gaps.
 */
final class LombScargle {
    private LombScargle() {
    }

    /**
     * Power of {@code y} (sampled at times {@code t}, seconds) between {@code lowHz} and
     * {@code highHz}, integrated on a grid of step {@code stepHz}.
     */
    static double bandPower(double[] t, double[] y, int n, double lowHz, double highHz, double stepHz) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += y[i];
        }
        mean /= n;
        double span = t[n - 1] - t[0];
        double scale = 2 * span / n;
        double power = 0;
        for (double f = lowHz + stepHz / 2; f < highHz; f += stepHz) {
            power += density(t, y, n, mean, f) * scale * stepHz;
        }
        return power;
    }

    private static double density(double[] t, double[] y, int n, double mean, double f) {
        double w = 2 * Math.PI * f;
        double s2 = 0;
        double c2 = 0;
        for (int i = 0; i < n; i++) {
            s2 += Math.sin(2 * w * t[i]);
            c2 += Math.cos(2 * w * t[i]);
        }
        double tau = Math.atan2(s2, c2) / (2 * w);
        double yc = 0;
        double ys = 0;
        double cc = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double a = w * (t[i] - tau);
            double c = Math.cos(a);
            double s = Math.sin(a);
            double d = y[i] - mean;
            yc += d * c;
            ys += d * s;
            cc += c * c;
            ss += s * s;
        }
        return 0.5 * (yc * yc / cc + ys * ys / ss);
    }
}
