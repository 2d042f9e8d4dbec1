package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.filter.IirFilter;

/** Breaths whose inspiration is the shorter half are read the right way up, and drawn upside down are turned over. */
class BreathAsymmetryTest {
    private static final double RATE_HZ = 25;

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /**
     * Three minutes of breaths of 2.5-8 s, each rising for {@code fraction} of its cycle (drawn per breath around
     * {@code typicalFraction}) and falling for the rest, with white noise of a tenth of a breath, drawn with {@code sign}
     * and smoothed as {@link ChestAccelerometerBreathing} smooths what it hands over.
     */
    private static BreathAsymmetry breathe(long seed, double typicalFraction, double sign) {
        return breathe(seed, typicalFraction, sign, a -> { });
    }

    /** As {@link #breathe(long, double, double)}, handing the asymmetry to {@code afterEachSample} after each sample. */
    private static BreathAsymmetry breathe(long seed, double typicalFraction, double sign,
                                           Consumer<BreathAsymmetry> afterEachSample) {
        Random rnd = new Random(seed);
        BreathAsymmetry asymmetry = new BreathAsymmetry(RATE_HZ);
        IirFilter smoother = IirFilter.butterworthLowPass(2, RATE_HZ, ChestAccelerometerBreathing.SMOOTH_HZ);
        double t = 0;
        while (t < 180) {
            double cycle = 2.5 + 5.5 * rnd.nextDouble();
            double rise = cycle * Math.max(0.08, typicalFraction + 0.05 * rnd.nextGaussian());
            double depth = 0.7 + 0.6 * rnd.nextDouble();
            for (double s = 0; s < cycle; s += 1 / RATE_HZ) {
                double level = s < rise ? (1 - Math.cos(Math.PI * s / rise)) / 2
                        : (1 + Math.cos(Math.PI * (s - rise) / (cycle - rise))) / 2;
                asymmetry.accept(smoother.step(sign * depth * level + 0.1 * rnd.nextGaussian()), t + s);
                afterEachSample.accept(asymmetry);
            }
            t += cycle;
        }
        return asymmetry;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void quietBreathingRisesForLessThanHalfItsCycles(long seed) {
        assertThat(breathe(seed, 0.42, 1).medianRisingShare()).isLessThan(0.5);
        assertThat(breathe(seed, 0.42, -1).medianRisingShare()).isGreaterThan(0.5);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void speechDrawnUpsideDownIsClearlyTurned(long seed) {
        assertThat(breathe(seed, 0.15, -1).medianRisingShare())
                .isGreaterThan(ChestAccelerometerBreathing.TURN_OVER_SHARE);
        BreathAsymmetry turned = breathe(seed, 0.15, -1);
        // asked before it is turned over, as the deriver asks at every sample
        assertThat(turned.medianRisingShare()).isGreaterThan(ChestAccelerometerBreathing.TURN_OVER_SHARE);
        turned.turnOver();
        assertThat(turned.medianRisingShare()).isLessThan(0.5);
    }

    /**
     * Asked at every sample, as {@link ChestAccelerometerBreathing} asks it, the median follows every new cycle: it is
     * the median the same breaths give when it is asked only once, at the end.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void askedAtEverySampleTheMedianFollowsTheCycles(long seed) {
        List<Double> answers = new ArrayList<>();
        BreathAsymmetry asked = breathe(seed, 0.3, 1, a -> answers.add(a.medianRisingShare()));

        assertThat(asked.medianRisingShare()).isEqualTo(breathe(seed, 0.3, 1).medianRisingShare());
        assertThat(answers.stream().distinct().count()).as("medians over three minutes of breaths").isGreaterThan(2);
    }
}
