package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.quality.QualityIssue;

/** Laughter told from quiet breathing, sobbing, talking and sighs, on hand-built breath sequences. */
class LaughterBreathingDetectorTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aLaughBetweenQuietBreathingIsFound(long seed) {
        BreathTrain train = new BreathTrain(seed).quiet(20);
        double laughFrom = train.nextOnsetSec();
        // the laugh's pulses: rapid and each a small part of a tidal breath
        double laughTo = train.add(10, 0.7, 1.6, 0.3, 0.6, 0.3, 0.55).nextOnsetSec();
        train.quiet(20);

        BreathTrain.assertOneStretch(LaughterBreathingDetector.detect(train.breaths(), "RSP"), QualityIssue.LAUGHTER, laughFrom, laughTo);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sobbingTalkingASighAndThreeShallowBreathsAreNotLaughter(long seed) {
        BreathTrain train = new BreathTrain(seed).quiet(15)
                // sobbing: rapid, convulsive breaths of varying depth, mostly a resting breath or deeper, for tens of
                // seconds; a stretch of shallower sobs within it is still sobbing
                .add(10, 0.8, 2.2, 0.3, 0.8, 0.7, 1.5)
                .add(5, 0.8, 2.0, 0.3, 0.8, 0.35, 0.55)
                .add(20, 0.8, 2.2, 0.3, 0.8, 0.7, 1.5)
                .quiet(15)
                .add(10, 2.5, 6.5, 0.3, 0.6, 0.7, 1.3) // talking: long phrases
                .quiet(15)
                .add(1, 6, 7, 2, 2.5, 2, 3) // a sigh
                .quiet(15)
                .add(3, 0.7, 1.6, 0.3, 0.6, 0.3, 0.55) // a chuckle: three pulses, no laugh
                .quiet(15);

        assertThat(LaughterBreathingDetector.detect(train.breaths(), "RSP")).isEmpty();
    }
}
