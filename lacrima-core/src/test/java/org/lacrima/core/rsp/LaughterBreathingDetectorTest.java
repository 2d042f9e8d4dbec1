package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/** Laughter told from quiet breathing, sobbing, talking and sighs, on hand-built breath sequences. */
class LaughterBreathingDetectorTest {
    /** Appends {@code n} breaths from {@code t}, cycle and depth drawn from the given ranges; returns the next onset. */
    private static double add(List<Breath> out, Random rnd, double t, int n, double cycleMin, double cycleMax,
                              double depthMin, double depthMax) {
        for (int i = 0; i < n; i++) {
            double cycle = cycleMin + (cycleMax - cycleMin) * rnd.nextDouble();
            out.add(new Breath(t, t + 0.4 * cycle, depthMin + (depthMax - depthMin) * rnd.nextDouble()));
            t += cycle;
        }
        return t;
    }

    /** Quiet breathing: 3.5-5 s cycles of about a resting depth. */
    private static double quiet(List<Breath> out, Random rnd, double t, int n) {
        return add(out, rnd, t, n, 3.5, 5, 0.9, 1.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aLaughBetweenQuietBreathingIsFound(long seed) {
        Random rnd = new Random(seed);
        List<Breath> breaths = new ArrayList<>();
        double t = quiet(breaths, rnd, 0, 20);
        double laughFrom = t;
        // the laugh's pulses: rapid and each a small part of a tidal breath
        double laughTo = add(breaths, rnd, t, 10, 0.7, 1.6, 0.3, 0.55);
        quiet(breaths, rnd, laughTo, 20);

        List<BadInterval> laughter = LaughterBreathingDetector.detect(breaths, "RSP");

        assertThat(laughter).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.LAUGHTER);
            assertThat(b.startSec()).isEqualTo(laughFrom);
            assertThat(b.endSec()).isEqualTo(laughTo);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sobbingTalkingASighAndThreeShallowBreathsAreNotLaughter(long seed) {
        Random rnd = new Random(seed);
        List<Breath> breaths = new ArrayList<>();
        double t = quiet(breaths, rnd, 0, 15);
        // sobbing: rapid, convulsive breaths of varying depth, mostly a resting breath or deeper, for tens of seconds;
        // a stretch of shallower sobs within it is still sobbing
        t = add(breaths, rnd, t, 10, 0.8, 2.2, 0.7, 1.5);
        t = add(breaths, rnd, t, 5, 0.8, 2.0, 0.35, 0.55);
        t = add(breaths, rnd, t, 20, 0.8, 2.2, 0.7, 1.5);
        t = quiet(breaths, rnd, t, 15);
        t = add(breaths, rnd, t, 10, 2.5, 6.5, 0.7, 1.3); // talking: long phrases
        t = quiet(breaths, rnd, t, 15);
        t = add(breaths, rnd, t, 1, 6, 7, 2, 3); // a sigh
        t = quiet(breaths, rnd, t, 15);
        t = add(breaths, rnd, t, 3, 0.7, 1.6, 0.3, 0.55); // a chuckle: three pulses, no laugh
        quiet(breaths, rnd, t, 15);

        assertThat(LaughterBreathingDetector.detect(breaths, "RSP")).isEmpty();
    }
}
