package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.quality.QualityIssue;

/** Speech breathing told from quiet breathing, sobbing, laughter and sighs, on hand-built breath sequences. */
class SpeechBreathingDetectorTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aStretchOfTalkingIsFoundBetweenQuietBreathing(long seed) {
        BreathTrain train = new BreathTrain(seed).quiet(20);
        double talkFrom = train.nextOnsetSec();
        // phrases: quick 0.3-0.6 s inspirations, 1.5-6 s expirations
        double talkTo = train.add(12, 2.5, 6.5, 0.3, 0.6, 0.8, 1.2).nextOnsetSec();
        train.quiet(20);

        BreathTrain.assertOneStretch(SpeechBreathingDetector.detect(train.breaths(), "RSP"), QualityIssue.SPEECH, talkFrom, talkTo);
    }

    /**
     * Conversation as a belt sees it: among the phrases a short reply (a cycle under 2.5 s) or a breath whose inspiration
     * the smoothing stretched past a quarter of the cycle, one at a time. The talking is one stretch from its first
     * phrase to its last (before, each such breath cut it, and on the simulated chest sessions about half the talking
     * went unnoticed).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aShortReplyOrALongerInspirationAmongThePhrasesDoesNotEndTheTalking(long seed) {
        BreathTrain train = new BreathTrain(seed).quiet(20);
        double talkFrom = train.nextOnsetSec();
        for (int k = 0; k < 5; k++) {
            train.add(2 + k % 3, 2.5, 6.5, 0.3, 0.6, 0.8, 1.2);
            if (k % 2 == 0) {
                train.add(1, 1.6, 2.3, 0.3, 0.5, 0.5, 0.9); // a short reply
            } else {
                train.add(1, 3, 4, 0.9, 1.1, 1.0, 1.3); // a deeper breath before a long utterance
            }
        }
        double talkTo = train.add(3, 2.5, 6.5, 0.3, 0.6, 0.8, 1.2).nextOnsetSec();
        train.quiet(20);

        BreathTrain.assertOneStretch(SpeechBreathingDetector.detect(train.breaths(), "RSP"), QualityIssue.SPEECH, talkFrom, talkTo);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sobbingLaughterASighAndAPhraseAreNotTalking(long seed) {
        BreathTrain train = new BreathTrain(seed).quiet(10)
                .add(30, 0.8, 2.2, 0.25, 0.6, 0.7, 1.5) // sobs: short jerky cycles
                .quiet(10)
                .add(12, 0.5, 1.2, 0.15, 0.3, 0.3, 0.55) // laughter: staccato bursts
                .quiet(10)
                .add(1, 6, 7, 2, 2.5, 2, 3) // a sigh: deep and long, but its inspiration long too
                .quiet(10)
                .add(3, 3, 6, 0.3, 0.6, 0.8, 1.2) // a short remark: three phrases
                .quiet(10)
                .add(2, 3, 6, 0.3, 0.6, 0.8, 1.2) // two phrases, a sob, a phrase: three phrases still
                .add(1, 0.8, 2.2, 0.25, 0.6, 0.7, 1.5)
                .add(1, 3, 6, 0.3, 0.6, 0.8, 1.2)
                .add(20, 0.8, 2.2, 0.25, 0.6, 0.7, 1.5) // sobbing with a phrase every few sobs
                .add(1, 3, 6, 0.3, 0.6, 0.8, 1.2)
                .add(3, 0.8, 2.2, 0.25, 0.6, 0.7, 1.5)
                .add(1, 3, 6, 0.3, 0.6, 0.8, 1.2)
                .add(3, 0.8, 2.2, 0.25, 0.6, 0.7, 1.5)
                .quiet(10);

        assertThat(SpeechBreathingDetector.detect(train.breaths(), "RSP")).isEmpty();
    }
}
