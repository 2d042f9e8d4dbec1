package org.lacrima.core.rsp;

/**
 * The "ha" pulses of a laugh exhalation in a stretch of raw belt signal: each laugh syllable is a burst of expiratory
 * flow followed by a pause, about 4-5 per second (Bachorowski, Smoski &amp; Owren 2001), so lung volume falls as a
 * staircase whose steps put a spectral line between {@value #LOW_HZ} and {@value #HIGH_HZ} Hz on the belt. Quiet
 * breathing, speech and sobbing move the belt smoothly at these frequencies (their flow changes over tenths of a second
 * at the fastest), leaving only the sensor's broadband noise there.
 *
 * <p>The stretch is high-passed (a {@value #HIGH_PASS_SEC} s moving average removed: the breath's own fall lies below
 * 1 Hz), Hann-windowed, and its power at {@value #LOW_HZ}-{@value #HIGH_HZ} Hz compared with its mean power at
 * {@value #FLOOR_LOW_HZ}-{@value #FLOOR_HIGH_HZ} Hz, where a belt carries only noise, and with its power
 * {@value #FLANK_HZ} Hz on either side (a line, not a slope).
 */
final class LaughPulses {
    /** Slowest laugh pulses, hertz: laugh syllables come 4-5 per second, seldom below 3.5 (Bachorowski et al. 2001). */
    static final double LOW_HZ = 3.5;
    /** Fastest laugh pulses, hertz. */
    static final double HIGH_HZ = 6;
    /** Lower edge of the band whose power is the belt's noise floor, hertz: above the pulses' fundamental. */
    static final double FLOOR_LOW_HZ = 7;
    /** Upper edge of the noise-floor band, hertz (at most {@value #FLOOR_NYQUIST_FRACTION} of the sampling rate). */
    static final double FLOOR_HIGH_HZ = 11;
    static final double FLOOR_NYQUIST_FRACTION = 0.4;
    /** Slowest sampling that resolves the pulses and a noise band above them, hertz (0.4 x 20 = 8 Hz > 7 Hz). */
    static final double MIN_SAMPLING_HZ = 20;
    /** Width of the moving average removed before the spectrum, seconds: passes 3.5 Hz, keeps 5 % of a 0.5 Hz fall. */
    static final double HIGH_PASS_SEC = 0.3;
    /**
     * Power of the strongest pulse-band line over the noise floor's mean power. A periodogram bin of noise alone is
     * exponentially distributed around that mean: the chance that any of the few independent bins of the pulse band of a
     * 1-4 s stretch exceeds 8 times it is a few in a thousand, so a line this strong is the stretch's own rhythm.
     */
    static final double MIN_LINE_TO_FLOOR = 8;
    /**
     * Hertz on either side of a line where the spectrum must have fallen by {@link #MIN_LINE_TO_FLANKS}: pulses at a
     * steady rate put their power at one frequency (within the 0.5-1 Hz resolution of a 1-4 s stretch, whose Hann lobe
     * is down by more than 10 dB at 1.5 Hz), while a fast but smooth movement (a sudden exhalation, a quick sniff, the
     * belt settling) spreads its power over all frequencies, falling steadily with frequency.
     */
    static final double FLANK_HZ = 1.5;
    /** Power of a line over the spectrum {@link #FLANK_HZ} on either side of it: a peak, not a slope (6 dB). */
    static final double MIN_LINE_TO_FLANKS = 4;
    /** Spacing of the frequencies evaluated, hertz (finer than the 0.25-1 Hz resolution of a 1-4 s stretch). */
    private static final double STEP_HZ = 0.125;

    private LaughPulses() {
    }

    /** Whether a belt sampled at {@code rateHz} resolves laugh pulses. */
    static boolean resolvable(double rateHz) {
        return rateHz >= MIN_SAMPLING_HZ;
    }

    /**
     * Amplitude of the pulse line in {@code x} (raw belt samples at {@code rateHz}), in the belt's unit, when it stands
     * {@link #MIN_LINE_TO_FLOOR} above the noise floor and {@link #MIN_LINE_TO_FLANKS} above its flanks; 0 when there is no such line, the stretch is shorter than a second
     * or holds a gap ({@code NaN}).
     */
    static double amplitude(double[] x, double rateHz) {
        int n = x.length;
        if (n < rateHz) {
            return 0;
        }
        for (double v : x) {
            if (Double.isNaN(v)) {
                return 0;
            }
        }
        double[] trend = org.lacrima.core.signal.MovingAverage.centered(x, (int) Math.round(HIGH_PASS_SEC * rateHz) | 1);
        double[] y = new double[n];
        double windowSum = 0;
        for (int i = 0; i < n; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            y[i] = w * (x[i] - trend[i]);
            windowSum += w;
        }
        double floor = 0;
        int bins = 0;
        double floorHigh = Math.min(FLOOR_HIGH_HZ, FLOOR_NYQUIST_FRACTION * rateHz);
        for (double f = FLOOR_LOW_HZ; f <= floorHigh + 1e-9; f += STEP_HZ) {
            floor += power(y, f / rateHz);
            bins++;
        }
        if (bins == 0) {
            return 0;
        }
        double line = 0;
        for (double f = LOW_HZ; f <= HIGH_HZ + 1e-9; f += STEP_HZ) {
            double p = power(y, f / rateHz);
            if (p > line && p >= MIN_LINE_TO_FLOOR * floor / bins
                    && p >= MIN_LINE_TO_FLANKS * power(y, (f - FLANK_HZ) / rateHz)
                    && p >= MIN_LINE_TO_FLANKS * power(y, (f + FLANK_HZ) / rateHz)) {
                line = p;
            }
        }
        return 2 * Math.sqrt(line) / windowSum;
    }

    /** Squared magnitude of the discrete-time Fourier transform of {@code y} at {@code cycles} per sample. */
    private static double power(double[] y, double cycles) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < y.length; i++) {
            double phase = 2 * Math.PI * cycles * i;
            re += y[i] * Math.cos(phase);
            im -= y[i] * Math.sin(phase);
        }
        return re * re + im * im;
    }
}
