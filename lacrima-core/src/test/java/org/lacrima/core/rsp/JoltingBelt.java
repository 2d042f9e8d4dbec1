package org.lacrima.core.rsp;

import java.util.Random;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/** Belts for the jolt tests: breathing, with the trunk's jolts spread over 1-3.5 Hz where asked. */
public final class JoltingBelt {
    /** Sampling rate of the belts, hertz. */
    public static final double RATE_HZ = 25;

    private JoltingBelt() {
    }

    /**
     * {@code lengthSec} of breathing at 12-18 a minute with sensor noise (drawn from {@code seed}); over
     * {@code [joltFromSec, joltToSec)} jolts (noise spread over 1-3.5 Hz) with {@code joltShare} of the breaths' power.
     */
    public static double[] breathing(long seed, double lengthSec, double joltShare, double joltFromSec, double joltToSec) {
        Random rnd = new Random(seed);
        double rateHz = 0.2 + 0.1 * rnd.nextDouble();
        double depth = 0.5 + rnd.nextDouble();
        double[] x = new double[(int) (lengthSec * RATE_HZ)];
        double[] jolts = spreadNoise(rnd, x.length);
        // a sine of amplitude a has power a^2/2; the spread noise has unit variance
        double joltAmplitude = Math.sqrt(joltShare * depth * depth / 2);
        for (int i = 0; i < x.length; i++) {
            double t = i / RATE_HZ;
            x[i] = depth * Math.sin(2 * Math.PI * rateHz * t) + 0.01 * depth * rnd.nextGaussian();
            if (t >= joltFromSec && t < joltToSec) {
                x[i] += joltAmplitude * jolts[i];
            }
        }
        return x;
    }

    /** {@code x} as a belt channel at {@link #RATE_HZ} starting at 0 s. */
    public static Channel channel(double[] x) {
        return Channel.regular("belt", ChannelType.RSP, "a.u.", RATE_HZ, 0, Samples.wrap(x));
    }

    /** Noise of unit variance spread over 1-3.5 Hz: a sum of sines at random frequencies and phases in the band. */
    private static double[] spreadNoise(Random rnd, int n) {
        double[] y = new double[n];
        int lines = 40;
        for (int k = 0; k < lines; k++) {
            double hz = 1.05 + 2.4 * rnd.nextDouble();
            double phase = 2 * Math.PI * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                y[i] += Math.sqrt(2.0 / lines) * Math.sin(2 * Math.PI * hz * i / RATE_HZ + phase);
            }
        }
        return y;
    }

    /**
     * Writes over {@code [fromSec, toSec)} of {@code x} irregular sob-like cycles: 0.8-2.2 s each, of random depth,
     * back to back, with sensor noise of {@code noise}.
     */
    public static void sobLikeCycles(double[] x, double fromSec, double toSec, double noise, Random rnd) {
        double t0 = fromSec;
        while (t0 < toSec) {
            double length = 0.8 + 1.4 * rnd.nextDouble();
            double depth = 0.4 + 1.1 * rnd.nextDouble();
            for (int i = (int) Math.ceil(t0 * RATE_HZ); i < x.length && i < (t0 + length) * RATE_HZ; i++) {
                x[i] = depth * Math.sin(Math.PI * (i / RATE_HZ - t0) / length) + noise * rnd.nextGaussian();
            }
            t0 += length;
        }
    }
}
