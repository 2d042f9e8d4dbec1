package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaitTrackerTest {
    private static final double RATE = 32;
    private static final List<String> UNITS = List.of("g", "g", "g");

    /** A minute of steps at 1.4-2.2 a second on three axes (the bounce twice a step on one), with arm noise as strong. */
    private static double[][] walking(Random rnd) {
        double cadence = 1.4 + 0.8 * rnd.nextDouble();
        double[][] axes = new double[3][(int) (60 * RATE)];
        double[] phase = {rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3};
        double[][] noise = {gesturing(rnd, axes[0].length), gesturing(rnd, axes[0].length), gesturing(rnd, axes[0].length)};
        for (int i = 0; i < axes[0].length; i++) {
            double t = i / RATE;
            axes[0][i] = 0.2 * Math.sin(2 * Math.PI * cadence * t + phase[0]) + 0.14 * noise[0][i];
            axes[1][i] = 0.1 * Math.sin(2 * Math.PI * cadence / 2 * t + phase[1]) + 0.14 * noise[1][i];
            axes[2][i] = 1 + 0.2 * Math.sin(2 * Math.PI * 2 * cadence * t + phase[2]) + 0.14 * noise[2][i];
        }
        return axes;
    }

    /** A hand gesturing: random movements over 0.3-8 Hz of unit spread (a sum of random sines), no rhythm. */
    private static double[] gesturing(Random rnd, int n) {
        double[] y = new double[n];
        int lines = 60;
        for (int k = 0; k < lines; k++) {
            double hz = 0.3 + 7.7 * rnd.nextDouble();
            double phase = 6.3 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                y[i] += Math.sqrt(2.0 / lines) * Math.sin(2 * Math.PI * hz * i / RATE + phase);
            }
        }
        return y;
    }

    /**
     * A seated hand turning pages, shifting and rotating against gravity: random movements over 0.2-8 Hz whose amplitude
     * falls as the frequency rises (power as 1/f², as a real seated wrist's), no rhythm.
     */
    private static double[] fidgeting(Random rnd, int n) {
        double[] y = new double[n];
        for (int k = 0; k < 80; k++) {
            double hz = 0.2 * Math.pow(40, rnd.nextDouble());
            double phase = 6.3 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                y[i] += 0.05 / hz * Math.sin(2 * Math.PI * hz * i / RATE + phase);
            }
        }
        return y;
    }

    private static GaitTracker fed(double[][] axes, int chunk) {
        GaitTracker gait = new GaitTracker(RATE, 0, UNITS);
        for (int from = 0; from < axes[0].length; from += chunk) {
            int length = Math.min(chunk, axes[0].length - from);
            double[][] part = new double[3][length];
            for (int a = 0; a < 3; a++) {
                System.arraycopy(axes[a], from, part[a], 0, length);
            }
            gait.accept(part, length);
        }
        return gait;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void stepsAreGaitAndGesturingIsNot(long seed) {
        Random rnd = new Random(seed);
        assertThat(fed(walking(rnd), 1000).stepped(0, 60)).as("walking").isTrue();
        double[][] hand = {gesturing(rnd, 1920), gesturing(rnd, 1920), gesturing(rnd, 1920)};
        assertThat(fed(hand, 1000).stepped(0, 60)).as("gesturing").isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aSeatedHandsMovementWhosePowerFallsWithFrequencyIsNoGait(long seed) {
        Random rnd = new Random(seed);
        double[][] hand = {fidgeting(rnd, 1920), fidgeting(rnd, 1920), fidgeting(rnd, 1920)};
        assertThat(fed(hand, 1000).stepped(0, 60)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 333})
    void feedingInChunksGivesTheVerdictsOfFeedingWhole(int chunk) {
        Random rnd = new Random(chunk);
        double[][] axes = walking(rnd);
        // half walking, half gesturing
        for (int a = 0; a < 3; a++) {
            double[] hand = gesturing(rnd, axes[a].length);
            for (int i = axes[a].length / 2; i < axes[a].length; i++) {
                axes[a][i] = 0.2 * hand[i];
            }
        }
        GaitTracker whole = fed(axes, axes[0].length);
        GaitTracker chunked = fed(axes, chunk);
        for (double from = 0; from < 60; from += 5) {
            assertThat(chunked.stepped(from, from + 15)).isEqualTo(whole.stepped(from, from + 15));
        }
        assertThat(whole.stepped(0, 28)).isTrue();
        assertThat(whole.stepped(34, 60)).isFalse();
    }

    @Test
    void aSustainedMovementIsExertionOnlyWhereItWasStepping() {
        List<BadInterval> moving = List.of(new BadInterval("acc", 100, 140, QualityIssue.MOTION));
        assertThat(ExertionDetector.detect(moving, "movement", (from, to) -> true)).hasSize(1);
        assertThat(ExertionDetector.detect(moving, "movement", (from, to) -> false)).isEmpty();
        assertThat(ExertionDetector.detect(moving, "movement")).as("without evidence, as before").hasSize(1);
    }
}
