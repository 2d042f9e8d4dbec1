package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.quality.BadInterval;
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

    /**
     * Talking as a smoothing belt shows it: each phrase's quick inspiration stretched to 15-35 % of its cycle, so that
     * only about half the phrases are under a quarter by themselves and two in a row above it are common. The run of low
     * fractions is still talking, inside the talk and over at least half of it (where three of five phrases
     * are over 30 % the run breaks, and at its edges the median takes in quiet breaths). By the single-breath rule
     * alone six of these eight talks broke into pieces too short to count, or went unseen.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aTalkWhosePhrasesTheBeltSmoothedIsFoundByItsRunOfLowFractions(long seed) {
        BreathTrain train = new BreathTrain(seed).quiet(20);
        double talkFrom = train.nextOnsetSec();
        Random fractions = new Random(seed);
        for (int k = 0; k < 14; k++) {
            double cycle = 3 + 3 * fractions.nextDouble();
            double inspiration = cycle * (0.15 + 0.20 * fractions.nextDouble());
            train.add(1, cycle, cycle, inspiration, inspiration, 0.8, 1.2);
        }
        double talkTo = train.nextOnsetSec();
        train.quiet(20);

        List<BadInterval> found = SpeechBreathingDetector.detect(train.breaths(), "RSP");

        assertThat(found).isNotEmpty().allSatisfy(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.SPEECH);
            assertThat(b.startSec()).isGreaterThanOrEqualTo(talkFrom);
            assertThat(b.endSec()).isLessThanOrEqualTo(talkTo);
        });
        assertThat(found.stream().mapToDouble(b -> b.endSec() - b.startSec()).sum())
                .isGreaterThanOrEqualTo(0.5 * (talkTo - talkFrom));
    }

    /**
     * Quiet breathing that varies from breath to breath as it does at rest, inspirations of 42 % of the cycle with a
     * standard deviation of 5 points (Tobin et al. 1983: 0.42 &plusmn; 0.03 between subjects; a breath now and then under
     * 30 %, as one cut short by a swallow), is never talking.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void quietBreathingThatVariesIsNotTalking(long seed) {
        BreathTrain train = new BreathTrain(seed);
        Random fractions = new Random(seed);
        for (int k = 0; k < 400; k++) {
            double cycle = 3 + 3 * fractions.nextDouble();
            double inspiration = cycle * (0.42 + 0.05 * fractions.nextGaussian());
            train.add(1, cycle, cycle, inspiration, inspiration, 0.8, 1.2);
        }

        assertThat(SpeechBreathingDetector.detect(train.breaths(), "RSP")).isEmpty();
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
