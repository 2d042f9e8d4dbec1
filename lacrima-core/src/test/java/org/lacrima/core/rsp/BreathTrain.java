package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * A seeded sequence of breaths built stretch by stretch, for the tests of the breathing-pattern detectors: each stretch
 * draws its breaths' cycle, inspiration and depth uniformly from the ranges it is given.
 */
final class BreathTrain {
    private final Random random;
    private final List<Breath> breaths = new ArrayList<>();
    private double nextOnsetSec;

    BreathTrain(long seed) {
        random = new Random(seed);
    }

    /**
     * Appends {@code n} breaths: cycle in [{@code cycleMinSec}, {@code cycleMaxSec}) seconds, inspiration in
     * [{@code inspirationMinSec}, {@code inspirationMaxSec}) seconds, depth in [{@code depthMin}, {@code depthMax})
     * (1 = a resting breath).
     */
    BreathTrain add(int n, double cycleMinSec, double cycleMaxSec, double inspirationMinSec, double inspirationMaxSec,
                    double depthMin, double depthMax) {
        for (int i = 0; i < n; i++) {
            double cycle = draw(cycleMinSec, cycleMaxSec);
            double inspiration = Math.min(draw(inspirationMinSec, inspirationMaxSec), cycle);
            breaths.add(new Breath(nextOnsetSec, nextOnsetSec + inspiration, draw(depthMin, depthMax)));
            nextOnsetSec += cycle;
        }
        return this;
    }

    /** Appends {@code n} quiet breaths: 3.5-5 s cycles, 1.5-1.9 s inspirations, about a resting depth. */
    BreathTrain quiet(int n) {
        return add(n, 3.5, 5, 1.5, 1.9, 0.9, 1.1);
    }

    /** Onset of the next breath to be added, seconds. */
    double nextOnsetSec() {
        return nextOnsetSec;
    }

    List<Breath> breaths() {
        return breaths;
    }

    private double draw(double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    /** Asserts that {@code found} is one stretch, for {@code reason}, from {@code fromSec} to {@code toSec} exactly. */
    static void assertOneStretch(List<BadInterval> found, QualityIssue reason, double fromSec, double toSec) {
        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(reason);
            assertThat(b.startSec()).isEqualTo(fromSec);
            assertThat(b.endSec()).isEqualTo(toSec);
        });
    }
}
