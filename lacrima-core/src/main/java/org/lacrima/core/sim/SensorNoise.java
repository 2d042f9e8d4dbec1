package org.lacrima.core.sim;

/**
 * Measurement imperfections added to a clean signal: white sensor noise, slow baseline wander and
 * mains interference.
 */
final class SensorNoise {
    /** Rate at which the wander is drawn before linear interpolation, in hertz (it is far slower). */
    private static final double WANDER_GRID_HZ = 10;

    private SensorNoise() {
    }

    /** Adds Gaussian white noise with standard deviation {@code sd} (in the signal's unit). */
    static void addWhite(double[] x, double sd, RandomSource rnd) {
        if (sd <= 0) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] += sd * rnd.gaussian();
        }
    }

    /**
     * Adds baseline wander: an Ornstein-Uhlenbeck process with stationary standard deviation
     * {@code sd} and time constant {@code tauSec} (electrode drift, movement of the chest).
     */
    static void addWander(double[] x, double rateHz, double sd, double tauSec, RandomSource rnd) {
        if (sd <= 0 || x.length == 0) {
            return;
        }
        double dt = 1 / WANDER_GRID_HZ;
        int n = (int) Math.ceil(x.length / rateHz * WANDER_GRID_HZ) + 2;
        double[] grid = new double[n];
        double w = sd * rnd.gaussian();
        double kick = sd * Math.sqrt(2 * dt / tauSec);
        for (int i = 0; i < n; i++) {
            w += -w * dt / tauSec + kick * rnd.gaussian();
            grid[i] = w;
        }
        for (int i = 0; i < x.length; i++) {
            double g = i / rateHz * WANDER_GRID_HZ;
            int k = (int) g;
            double f = g - k;
            x[i] += grid[k] + f * (grid[k + 1] - grid[k]);
        }
    }

    /**
     * Adds mains interference of {@code amplitude} at {@code hz}. Skipped when the channel is sampled
     * at or below twice the mains frequency: a real device's anti-aliasing filter removes it.
     */
    static void addHum(double[] x, double rateHz, double hz, double amplitude, RandomSource rnd) {
        if (hz <= 0 || amplitude <= 0 || rateHz <= 2 * hz) {
            return;
        }
        double phase = rnd.uniform(0, 2 * Math.PI);
        double step = 2 * Math.PI * hz / rateHz;
        // a rotating phasor instead of one sin() per sample (3x faster on an hour at 500 Hz);
        // it is re-anchored every second of samples so rounding cannot accumulate
        double cosStep = Math.cos(step);
        double sinStep = Math.sin(step);
        int anchorEvery = (int) Math.max(1, rateHz);
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.length; i++) {
            if (i % anchorEvery == 0) {
                re = Math.cos(phase + step * i);
                im = Math.sin(phase + step * i);
            }
            x[i] += amplitude * im;
            double nextRe = re * cosStep - im * sinStep;
            im = re * sinStep + im * cosStep;
            re = nextRe;
        }
    }
}
