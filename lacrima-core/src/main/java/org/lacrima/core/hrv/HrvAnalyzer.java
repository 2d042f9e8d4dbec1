package org.lacrima.core.hrv;

import java.util.ArrayList;
import java.util.List;

/** Time- and frequency-domain heart rate variability of an NN series over any interval. */
public final class HrvAnalyzer {
    /** Low-frequency band in hertz. */
    public static final double LF_LOW_HZ = 0.04;
    /** Boundary between the LF and HF bands in hertz. */
    public static final double HF_LOW_HZ = 0.15;
    /** Upper edge of the high-frequency band in hertz. */
    public static final double HF_HIGH_HZ = 0.40;
    private static final int MIN_INTERVALS = 3;

    private HrvAnalyzer() {
    }

    /** HRV of the intervals of {@code nn} (artefact-corrected) ending within {@code [fromSec, toSec)}. */
    public static HrvSummary summarize(RrSeries nn, double fromSec, double toSec) {
        RrSeries part = nn.slice(fromSec, toSec);
        int n = part.length();
        List<String> warnings = new ArrayList<>();
        if (n < MIN_INTERVALS) {
            warnings.add("only " + n + " NN intervals between " + fromSec + " and " + toSec + " s");
            return new HrvSummary(fromSec, toSec, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, warnings);
        }
        double[] t = new double[n];
        double[] y = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            t[i] = part.timesSec().get(i) - part.timesSec().get(0);
            y[i] = part.intervalsMs().get(i);
            sum += y[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (y[i] - mean) * (y[i] - mean);
        }
        double sdnn = Math.sqrt(ss / (n - 1));
        double sqDiff = 0;
        int diffs = 0;
        int over50 = 0;
        for (int i = 1; i < n; i++) {
            if (part.gapBefore(i)) {
                continue;
            }
            double d = y[i] - y[i - 1];
            sqDiff += d * d;
            diffs++;
            if (Math.abs(d) > 50) {
                over50++;
            }
        }
        double rmssd = diffs > 0 ? Math.sqrt(sqDiff / diffs) : Double.NaN;
        double pnn50 = diffs > 0 ? 100.0 * over50 / diffs : Double.NaN;
        double span = t[n - 1] - t[0];
        double step = Math.max(1 / (4 * span), 0.001);
        double lf = Double.NaN;
        double hf = Double.NaN;
        if (span >= 2 / LF_LOW_HZ) {
            lf = LombScargle.bandPower(t, y, n, LF_LOW_HZ, HF_LOW_HZ, step);
        } else {
            warnings.add(String.format(java.util.Locale.ROOT, "LF power needs %.0f s of beats, got %.0f s", 2 / LF_LOW_HZ, span));
        }
        if (span >= 2 / HF_LOW_HZ) {
            hf = LombScargle.bandPower(t, y, n, HF_LOW_HZ, HF_HIGH_HZ, step);
        } else {
            warnings.add(String.format(java.util.Locale.ROOT, "HF power needs %.0f s of beats, got %.0f s", 2 / HF_LOW_HZ, span));
        }
        return new HrvSummary(fromSec, toSec, n, 60000 / mean, mean, sdnn, rmssd, pnn50, lf, hf, warnings);
    }
}
