package org.lacrima.core.testsupport;

import java.util.Random;
import org.lacrima.core.ecg.BeatMatching;
import org.lacrima.core.filter.DoubleBuffer;

/**
 * Seeded synthetic ECG, PPG and beat sequences for property-style tests: the true beat times are
 * known exactly, so a detector can be scored against them.
 */
public final class SyntheticSignals {
    private SyntheticSignals() {
    }

    /**
     * Beat times (seconds) from {@code startSec} to {@code endSec} at a mean heart rate with
     * respiratory sinus arrhythmia ({@code rsaMs} amplitude at 0.25 Hz) and small random jitter.
     */
    public static double[] beatTimes(Random rnd, double startSec, double endSec, double heartRateBpm, double rsaMs) {
        DoubleBuffer b = new DoubleBuffer();
        double meanRr = 60.0 / heartRateBpm;
        double t = startSec + rnd.nextDouble() * meanRr;
        while (t < endSec) {
            b.add(t);
            double rr = meanRr + rsaMs / 1000 * Math.sin(2 * Math.PI * 0.25 * t) + rnd.nextGaussian() * 0.005 * meanRr;
            t += Math.max(0.25, rr);
        }
        return b.toSamples().toArray();
    }

    /** One ECG wave (Gaussian) relative to the R-peak. */
    private record Wave(double offsetSec, double amplitudeMv, double widthSec) {
    }

    private static final Wave[] NORMAL = {
        new Wave(-0.20, 0.12, 0.025), new Wave(-0.025, -0.10, 0.010), new Wave(0, 1.0, 0.010),
        new Wave(0.025, -0.25, 0.010), new Wave(0.26, 0.30, 0.050)};
    /** A premature ventricular beat: wide, large, opposite polarity, no P wave. */
    private static final Wave[] VENTRICULAR = {
        new Wave(0, -1.6, 0.035), new Wave(0.07, 0.5, 0.03), new Wave(0.30, 0.45, 0.06)};

    /**
     * An ECG in millivolts at {@code rateHz} over {@code durationSec} with R-peaks at {@code beats};
     * beats flagged in {@code ventricular} get a wide inverted QRS (their "R" is the QRS extreme).
     *
     * @param polarity  +1 or -1 (an inverted lead)
     * @param noiseMv   standard deviation of white noise
     * @param wanderMv  amplitude of a 0.3 Hz baseline wander
     */
    public static double[] ecg(Random rnd, double rateHz, double durationSec, double[] beats, boolean[] ventricular,
                               double polarity, double noiseMv, double wanderMv) {
        int n = (int) Math.round(durationSec * rateHz);
        double[] x = new double[n];
        double phase = rnd.nextDouble() * 2 * Math.PI;
        for (int i = 0; i < n; i++) {
            x[i] = wanderMv * Math.sin(2 * Math.PI * 0.3 * i / rateHz + phase) + noiseMv * rnd.nextGaussian() + 0.5;
        }
        for (int b = 0; b < beats.length; b++) {
            Wave[] waves = ventricular != null && ventricular[b] ? VENTRICULAR : NORMAL;
            for (Wave w : waves) {
                double centre = beats[b] + w.offsetSec();
                int from = Math.max(0, (int) ((centre - 4 * w.widthSec()) * rateHz));
                int to = Math.min(n - 1, (int) ((centre + 4 * w.widthSec()) * rateHz) + 1);
                for (int i = from; i <= to; i++) {
                    double d = (i / rateHz - centre) / w.widthSec();
                    x[i] += polarity * w.amplitudeMv() * Math.exp(-0.5 * d * d);
                }
            }
        }
        return x;
    }

    /**
     * A PPG (arbitrary units) whose systolic peaks lie at {@code peaks}: a systolic and a smaller
     * diastolic Gaussian per beat on a slow baseline, plus noise.
     */
    public static double[] ppg(Random rnd, double rateHz, double durationSec, double[] peaks, double noise) {
        int n = (int) Math.round(durationSec * rateHz);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.2 * Math.sin(2 * Math.PI * 0.1 * i / rateHz) + noise * rnd.nextGaussian();
        }
        for (double p : peaks) {
            addGaussian(x, rateHz, p, 1.0, 0.09);
            addGaussian(x, rateHz, p + 0.28, 0.35, 0.08);
        }
        return x;
    }

    private static void addGaussian(double[] x, double rateHz, double centre, double amplitude, double width) {
        int from = Math.max(0, (int) ((centre - 4 * width) * rateHz));
        int to = Math.min(x.length - 1, (int) ((centre + 4 * width) * rateHz) + 1);
        for (int i = from; i <= to; i++) {
            double d = (i / rateHz - centre) / width;
            x[i] += amplitude * Math.exp(-0.5 * d * d);
        }
    }

    /** Matches detected times to true times one to one; returns {true positives, false negatives, false positives}. */
    public static int[] match(double[] truth, double[] detected, double toleranceSec) {
        BeatMatching m = BeatMatching.of(truth, detected, toleranceSec);
        return new int[] {m.truePositives(), m.falseNegatives(), m.falsePositives()};
    }
}
