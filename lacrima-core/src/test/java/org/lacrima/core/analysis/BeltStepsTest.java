package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.rsp.JoltingBelt;

class BeltStepsTest {
    private static double moving(List<BadInterval> stretches, double from, double to) {
        return stretches.stream().mapToDouble(b -> Math.max(0, Math.min(to, b.endSec()) - Math.max(from, b.startSec())))
                .sum();
    }

    /**
     * The exertion stretches ({@link ExertionDetector}) of the moving stretches of a 6-minute belt with jolts over
     * {@code [from, to)}, given block by block as a session's analysis gives it.
     */
    private static List<BadInterval> exertionAfterBlocks(long seed, double from, double to) {
        Channel belt = JoltingBelt.channel(JoltingBelt.breathing(seed, 360, 1.0, from, to));
        BeltSteps steps = new BeltSteps();
        List<BadInterval> moving = List.of();
        for (double end = 60; end <= 360; end += 60) {
            moving = steps.update(belt.slice(0, end), null, end - 60);
        }
        return ExertionDetector.detect(moving, "belt");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void joltsLongerThanALaughAreAWalk(long seed) {
        List<BadInterval> exertion = exertionAfterBlocks(seed, 150, 150 + 2 * BeltSteps.MIN_JOLTS_SEC);
        assertThat(moving(exertion, 155, 145 + 2 * BeltSteps.MIN_JOLTS_SEC)).isGreaterThan(BeltSteps.MIN_JOLTS_SEC);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void joltsLongerThanAnAccelerometersShortestWalkButShorterThanTheBeltsAreNot(long seed) {
        // 22 s: over the accelerometer's 15 s, and under 30 s with the half-window each edge may add
        assertThat(exertionAfterBlocks(seed, 150, 172)).isEmpty();
    }
}
