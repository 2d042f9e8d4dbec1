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
     *
     * <p>Every term of the periodogram is written with {@code cos(ωt)} and {@code sin(ωt)} alone
     * ({@code τ} enters through the angle-sum identities), and those are carried from one frequency to
     * the next by rotating through {@code ωt → (ω + Δω)t}, so the cost is a few multiplications per beat
     * and frequency instead of four trigonometric calls (an hour of beats: tens of milliseconds before).
     */
    static double bandPower(double[] t, double[] y, int n, double lowHz, double highHz, double stepHz) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += y[i];
        }
        mean /= n;
        double span = t[n - 1] - t[0];
        double scale = 2 * span / n;
        double firstHz = lowHz + stepHz / 2;
        double[] cos = new double[n];
        double[] sin = new double[n];
        double[] cosStep = new double[n];
        double[] sinStep = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * firstHz * t[i];
            cos[i] = Math.cos(a);
            sin[i] = Math.sin(a);
            double b = 2 * Math.PI * stepHz * t[i];
            cosStep[i] = Math.cos(b);
            sinStep[i] = Math.sin(b);
            d[i] = y[i] - mean;
        }
        double power = 0;
        int steps = (int) Math.ceil((highHz - firstHz) / stepHz - 1e-12);
        for (int k = 0; k < steps; k++) {
            power += density(cos, sin, d, n) * scale * stepHz;
            for (int i = 0; i < n; i++) {
                double c = cos[i] * cosStep[i] - sin[i] * sinStep[i];
                sin[i] = sin[i] * cosStep[i] + cos[i] * sinStep[i];
                cos[i] = c;
            }
        }
        return power;
    }

    /** The normalised periodogram at the frequency whose {@code cos(ωt)}, {@code sin(ωt)} are given. */
    private static double density(double[] cos, double[] sin, double[] d, int n) {
        double sumCc = 0;
        double sumSs = 0;
        double sumCs = 0;
        double sumDc = 0;
        double sumDs = 0;
        for (int i = 0; i < n; i++) {
            double c = cos[i];
            double s = sin[i];
            sumCc += c * c;
            sumSs += s * s;
            sumCs += c * s;
            sumDc += d[i] * c;
            sumDs += d[i] * s;
        }
        // 2ωτ = atan2(Σ sin 2ωt, Σ cos 2ωt), with sin 2ωt = 2 sc and cos 2ωt = c² − s²
        double phase = Math.atan2(2 * sumCs, sumCc - sumSs) / 2;
        double cp = Math.cos(phase);
        double sp = Math.sin(phase);
        // cos ω(t − τ) = c cp + s sp, sin ω(t − τ) = s cp − c sp
        double yc = cp * sumDc + sp * sumDs;
        double ys = cp * sumDs - sp * sumDc;
        double cc = cp * cp * sumCc + 2 * cp * sp * sumCs + sp * sp * sumSs;
        double ss = sp * sp * sumCc - 2 * cp * sp * sumCs + cp * cp * sumSs;
        return 0.5 * (yc * yc / cc + ys * ys / ss);
    }
}
