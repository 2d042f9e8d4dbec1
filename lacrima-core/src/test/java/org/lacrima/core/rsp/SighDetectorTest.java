package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

class SighDetectorTest {
    static IntStream seeds() {
        return IntStream.range(0, 12);
    }

    /** 80 breaths of 3.5-5 s, inspiration a third of each, with depth {@code depth(i)} times a jitter of up to 25 %. */
    private static List<Breath> breathing(Random rnd, IntToDoubleFunction depth) {
        List<Breath> out = new ArrayList<>();
        double t = rnd.nextDouble() * 4;
        for (int i = 0; i < 80; i++) {
            double cycle = 3.5 + 1.5 * rnd.nextDouble();
            out.add(new Breath(t, t + cycle / 3, depth.applyAsDouble(i) * (0.75 + 0.5 * rnd.nextDouble())));
            t += cycle;
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBreathTwiceAsDeepAsTheMinuteBeforeIsASighFromItsOnsetToTheNext(int seed) {
        Random rnd = new Random(seed);
        int sigh = 30 + rnd.nextInt(30);
        double times = 2.8 + 0.6 * rnd.nextDouble();
        List<Breath> breaths = breathing(rnd, i -> i == sigh ? times : 1);

        List<BadInterval> found = SighDetector.detect(breaths, "belt");

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.startSec()).isEqualTo(breaths.get(sigh).onsetSec());
            assertThat(b.endSec()).isEqualTo(breaths.get(sigh + 1).onsetSec());
            assertThat(b.reason()).isEqualTo(QualityIssue.DEEP_BREATH);
            assertThat(b.channel()).isEqualTo("belt");
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void breathingThatDeepensOverMinutesHasNoSigh(int seed) {
        Random rnd = new Random(seed);
        // arousal deepens breathing by up to half over a build-up of minutes (Gross et al. 1994)
        List<Breath> breaths = breathing(rnd, i -> 1 + 0.5 * Math.min(1, i / 40.0));

        assertThat(SighDetector.detect(breaths, "belt")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theFirstBreathsHaveTooFewBeforeThemToBeJudged(int seed) {
        Random rnd = new Random(seed);
        List<Breath> breaths = breathing(rnd, i -> i == 2 ? 3 : 1);

        assertThat(SighDetector.detect(breaths, "belt")).isEmpty();
    }
}
