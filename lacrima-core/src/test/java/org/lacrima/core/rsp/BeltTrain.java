package org.lacrima.core.rsp;

import java.util.Random;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/**
 * A seeded raw respiration belt built stretch by stretch, as lung volume relative to the resting end-expiratory level
 * (FRC, 0; a resting breath 1), for the laughter detector's tests: quiet breaths, laugh exhalations with their pulses,
 * sobs, speech phrases and sighs, plus white sensor noise.
 */
final class BeltTrain {
    private final Random random;
    private final double rateHz;
    private final double noise;
    private double[] samples = new double[0];
    private int length;
    private double level;

    /** A belt sampled at {@code rateHz} with white noise of standard deviation {@code noise}. */
    BeltTrain(long seed, double rateHz, double noise) {
        this.random = new Random(seed);
        this.rateHz = rateHz;
        this.noise = noise;
    }

    /** Appends {@code n} quiet breaths: 3.5-5 s cycles, about 40 % inspiration, depth 0.9-1.1. */
    BeltTrain quiet(int n) {
        for (int i = 0; i < n; i++) {
            double cycle = draw(3.5, 5);
            breath(0.4 * cycle, 0.6 * cycle, draw(0.9, 1.1), 0);
        }
        return this;
    }

    /**
     * Appends a laugh of {@code exhalations} laugh exhalations (1-4 s each, pulses at {@code pulseHz}, to 0.6-2 resting
     * breaths below FRC), each after a quick deep inspiration, and a last refill and ordinary expiration back to FRC.
     */
    BeltTrain laugh(int exhalations, double pulseHz) {
        double inspiration = 1;
        double peak = draw(0.8, 1.3);
        for (int i = 0; i < exhalations; i++) {
            rise(inspiration, peak, 1);
            pulsedFall(draw(1, 4), -draw(0.6, 2), pulseHz);
            inspiration = draw(0.3, 0.6);
            peak = draw(1, 2);
        }
        return breath(inspiration, draw(1.5, 2.5), peak, 0);
    }

    /** Appends {@code n} sobs: 0.8-2.2 s, 2-4 convulsive inspiratory catches from FRC, depth 0.4-1.5. */
    BeltTrain sobs(int n) {
        for (int i = 0; i < n; i++) {
            double cycle = draw(0.8, 2.2);
            double fraction = draw(0.25, 0.6);
            rise(fraction * cycle, draw(0.4, 1.5), 2 + random.nextInt(3));
            smoothFall((1 - fraction) * cycle, 0);
        }
        return this;
    }

    /** Appends {@code n} speech phrases: quick 0.3-0.6 s inspirations, long smooth 1.5-6 s expirations to FRC. */
    BeltTrain speech(int n) {
        for (int i = 0; i < n; i++) {
            breath(draw(0.3, 0.6), draw(1.5, 6), draw(0.7, 1.3), 0);
        }
        return this;
    }

    /** Appends a sigh: a 1.5-2.5 s inspiration to 2-3 resting breaths and a 3-5 s expiration to FRC. */
    BeltTrain sigh() {
        return breath(draw(1.5, 2.5), draw(3, 5), draw(2, 3), 0);
    }

    /** Seconds of belt so far (the time of the next sample). */
    double nowSec() {
        return length / rateHz;
    }

    /** The belt as a regular RSP channel starting at 0 s. */
    Channel channel() {
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = samples[i] + noise * random.nextGaussian();
        }
        return Channel.regular("RSP", ChannelType.RSP, "a.u.", rateHz, 0, Samples.wrap(x));
    }

    private BeltTrain breath(double inspirationSec, double expirationSec, double depth, double endLevel) {
        rise(inspirationSec, depth, 1);
        smoothFall(expirationSec, endLevel);
        return this;
    }

    /** Inspiration from the current level to {@code top} in {@code steps} catches. */
    private void rise(double sec, double top, int steps) {
        double from = level;
        segment(sec, u -> {
            double x = u * steps;
            int step = Math.min((int) x, steps - 1);
            return from + (top - from) * (step + (1 - Math.cos(Math.PI * (x - step))) / 2) / steps;
        });
        level = top;
    }

    private void smoothFall(double sec, double to) {
        double from = level;
        segment(sec, u -> to + (from - to) * (1 + Math.cos(Math.PI * u)) / 2);
        level = to;
    }

    /** A staircase fall to {@code to}: a pulse of flow then a pause, {@code pulseHz} times a second. */
    private void pulsedFall(double sec, double to, double pulseHz) {
        double from = level;
        int pulses = Math.max(1, (int) Math.round(sec * pulseHz));
        segment(sec, u -> {
            double x = u * pulses;
            int k = Math.min((int) x, pulses - 1);
            double phase = Math.min(1, (x - k) / 0.6);
            return from + (to - from) * (k + (1 - Math.cos(Math.PI * phase)) / 2) / pulses;
        });
        level = to;
    }

    private void segment(double sec, java.util.function.DoubleUnaryOperator shape) {
        int n = (int) Math.round(sec * rateHz);
        if (length + n > samples.length) {
            samples = java.util.Arrays.copyOf(samples, Math.max(2 * samples.length, length + n));
        }
        for (int i = 0; i < n; i++) {
            samples[length + i] = shape.applyAsDouble((i + 1) / (double) n);
        }
        length += n;
    }

    private double draw(double min, double max) {
        return min + (max - min) * random.nextDouble();
    }
}
