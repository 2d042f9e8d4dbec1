package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/** Speech breathing told from quiet breathing, sobbing, laughter and sighs, on hand-built breath sequences. */
class SpeechBreathingDetectorTest {
    /** Appends breaths from {@code t}: {@code n} of them, cycle and inspiration drawn from the given ranges. */
    private static double add(List<Breath> out, Random rnd, double t, int n, double cycleMin, double cycleMax,
                              double inspirationMin, double inspirationMax) {
        for (int i = 0; i < n; i++) {
            double cycle = cycleMin + (cycleMax - cycleMin) * rnd.nextDouble();
            double inspiration = inspirationMin + (inspirationMax - inspirationMin) * rnd.nextDouble();
            out.add(new Breath(t, t + inspiration, 1));
            t += cycle;
        }
        return t;
    }

    /** Quiet breathing: 3.5-5 s cycles, inspiration about 40 % of the cycle. */
    private static double quiet(List<Breath> out, Random rnd, double t, int n) {
        return add(out, rnd, t, n, 3.5, 5, 1.5, 1.9);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aStretchOfTalkingIsFoundBetweenQuietBreathing(long seed) {
        Random rnd = new Random(seed);
        List<Breath> breaths = new ArrayList<>();
        double t = quiet(breaths, rnd, 0, 20);
        double talkFrom = t;
        // phrases: quick 0.3-0.6 s inspirations, 1.5-6 s expirations
        double talkTo = add(breaths, rnd, t, 12, 2.5, 6.5, 0.3, 0.6);
        quiet(breaths, rnd, talkTo, 20);

        List<BadInterval> speech = SpeechBreathingDetector.detect(breaths, "RSP");

        assertThat(speech).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.SPEECH);
            assertThat(b.startSec()).isEqualTo(talkFrom);
            assertThat(b.endSec()).isEqualTo(talkTo);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sobbingLaughterASighAndAPhraseAreNotTalking(long seed) {
        Random rnd = new Random(seed);
        List<Breath> breaths = new ArrayList<>();
        double t = quiet(breaths, rnd, 0, 10);
        t = add(breaths, rnd, t, 30, 0.8, 2.2, 0.25, 0.6); // sobs: short jerky cycles
        t = quiet(breaths, rnd, t, 10);
        t = add(breaths, rnd, t, 12, 0.5, 1.2, 0.15, 0.3); // laughter: staccato bursts
        t = quiet(breaths, rnd, t, 10);
        t = add(breaths, rnd, t, 1, 6, 7, 2, 2.5); // a sigh: deep and long, but its inspiration long too
        t = quiet(breaths, rnd, t, 10);
        t = add(breaths, rnd, t, 3, 3, 6, 0.3, 0.6); // a short remark: three phrases
        quiet(breaths, rnd, t, 10);

        assertThat(SpeechBreathingDetector.detect(breaths, "RSP")).isEmpty();
    }
}
