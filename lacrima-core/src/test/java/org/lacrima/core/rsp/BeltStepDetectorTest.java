package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;

class BeltStepDetectorTest {
    private static final double RATE = 25;

    /** Quiet breathing at 0.25 Hz with sensor noise, plus a step oscillation of 0.1 at {@code cadenceHz} over 60-150 s. */
    private static Channel belt(double cadenceHz, double stepAmplitude, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[(int) (240 * RATE)];
        for (int i = 0; i < x.length; i++) {
            double t = i / RATE;
            x[i] = Math.sin(2 * Math.PI * 0.25 * t) + 0.04 * rnd.nextGaussian();
            if (t >= 60 && t < 150) {
                x[i] += stepAmplitude * Math.sin(2 * Math.PI * cadenceHz * t);
            }
        }
        return Channel.regular("belt", ChannelType.RSP, "a.u.", RATE, 0, Samples.wrap(x));
    }

    private static double flagged(List<BadInterval> steps, double from, double to) {
        return steps.stream().mapToDouble(b -> Math.max(0, Math.min(to, b.endSec()) - Math.max(from, b.startSec()))).sum();
    }

    @Test
    void aWalksStepsAreFoundAndQuietBreathingIsNot() {
        List<BadInterval> steps = BeltStepDetector.detect(belt(1.8, 0.1, 1), 0, Double.POSITIVE_INFINITY, "belt");
        assertThat(flagged(steps, 65, 145)).isGreaterThan(70);
        assertThat(flagged(steps, 0, 55) + flagged(steps, 155, 240)).isZero();
    }

    @Test
    void aLineAtTheHeartRateIsTheHeartNotSteps() {
        Channel belt = belt(1.5, 0.1, 2);
        assertThat(flagged(BeltStepDetector.detect(belt, 0, Double.POSITIVE_INFINITY, "belt", (a, b) -> 1.5), 0, 240))
                .isZero();
        assertThat(flagged(BeltStepDetector.detect(belt, 0, Double.POSITIVE_INFINITY, "belt", (a, b) -> 0.75), 0, 240))
                .as("twice the heart rate").isZero();
        assertThat(flagged(BeltStepDetector.detect(belt, 0, Double.POSITIVE_INFINITY, "belt", (a, b) -> 1.15), 65, 145))
                .isGreaterThan(70);
    }

    @Test
    void irregularSobLikeCyclesAreNotSteps() {
        Random rnd = new Random(3);
        double[] x = new double[(int) (120 * RATE)];
        JoltingBelt.sobLikeCycles(x, 0, 120, 0.04, rnd);
        Channel belt = Channel.regular("belt", ChannelType.RSP, "a.u.", RATE, 0, Samples.wrap(x));
        List<BadInterval> steps = BeltStepDetector.detect(belt, 0, Double.POSITIVE_INFINITY, "belt");
        assertThat(flagged(steps, 0, 120)).isLessThan(10);
    }
}
