package org.lacrima.core.filter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The power spectrum of one short window of a signal, as the detectors of rhythmic movement read it (a belt's breaths
 * and steps, an accelerometer's gait): the window's straight trend out (a breath's or a posture's slope across it), then
 * a Hann taper against leakage from the slow components, then the power of each whole-cycle frequency (bins
 * {@code rateHz / length} apart) in a band.
 */
public final class WindowSpectrum {
    /**
     * The Hann taper of each window length met so far: a detector judges windows of one length every second or two,
     * and a cosine per sample per window was a twentieth of a chest session's analysis.
     */
    private static final Map<Integer, double[]> HANN = new ConcurrentHashMap<>();
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
        double[] hann = HANN.computeIfAbsent(n, WindowSpectrum::hann);
        tapered = new double[n];
        for (int i = 0; i < n; i++) {
            tapered[i] = hann[i] * (x[i] - mx - slope * (i - mt));
        }
        binHz = rateHz / n;
    }

    private static double[] hann(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
        }
        return w;
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
     * chest session's analysis (a 250 Hz belt: 3.5 s to 6 s per 50-minute file). Four bins run through the samples
     * together: each bin's recurrence waits on its own last step, so one bin at a time left the processor idle between
     * steps (the accelerometer's gait windows, 48 bins of 400 samples on three axes every 2 s, were 57 % of the profile
     * of a simulated 40-min session of a strap with its accelerometer; four at a time cut that share's time about
     * threefold). Each bin's
     * arithmetic is the same, in the same order, so its power is bit for bit what one bin at a time gives.
     */
    public double[] power(int lo, int hi) {
        double[] power = new double[Math.max(0, hi - lo + 1)];
        int b = lo;
        for (; b + 3 <= hi; b += 4) {
            double c0 = coefficient(b);
            double c1 = coefficient(b + 1);
            double c2 = coefficient(b + 2);
            double c3 = coefficient(b + 3);
            double p0 = 0, q0 = 0, p1 = 0, q1 = 0, p2 = 0, q2 = 0, p3 = 0, q3 = 0;
            for (double v : tapered) {
                double n0 = v + c0 * p0 - q0;
                double n1 = v + c1 * p1 - q1;
                double n2 = v + c2 * p2 - q2;
                double n3 = v + c3 * p3 - q3;
                q0 = p0;
                p0 = n0;
                q1 = p1;
                p1 = n1;
                q2 = p2;
                p2 = n2;
                q3 = p3;
                p3 = n3;
            }
            power[b - lo] = p0 * p0 + q0 * q0 - c0 * p0 * q0;
            power[b + 1 - lo] = p1 * p1 + q1 * q1 - c1 * p1 * q1;
            power[b + 2 - lo] = p2 * p2 + q2 * q2 - c2 * p2 * q2;
            power[b + 3 - lo] = p3 * p3 + q3 * q3 - c3 * p3 * q3;
        }
        for (; b <= hi; b++) {
            double c = coefficient(b);
            double p = 0;
            double q = 0;
            for (double v : tapered) {
                double n = v + c * p - q;
                q = p;
                p = n;
            }
            power[b - lo] = p * p + q * q - c * p * q;
        }
        return power;
    }

    /** Goertzel's coefficient of bin {@code b}: twice the cosine of its angle per sample. */
    private double coefficient(int b) {
        return 2 * Math.cos(2 * Math.PI * b / tapered.length);
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
