package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lacrima.core.episode.AxisTrace.index;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference of the vagal rebound ({@link OutcomeClassifier#restingP}): P's level in the minute before the onset,
 * capped at the baseline where that minute may still carry an earlier rebound. Traces of 15 minutes at 4 Hz with
 * 0.05 z of seeded jitter; the onset at 600 s, its pre-onset minute 540-600 s.
 */
class RestingVagalToneTest {
    private static final OutcomeClassifier CLASSIFIER = new OutcomeClassifier(DetectorSettings.defaults());
    private static final List<String> HEART_ALONE = List.of("HR");
    private static final List<String> SKIN_AND_HEART = List.of("EDA", "HR");
    private static final int ONSET = index(600);

    /** P sitting at {@code level} from 60 s on: a client relaxed over the baseline, no withdrawal before the onset. */
    private static AxisTrace settledAt(double level, long seed) {
        return new AxisTrace(900).rampP(0, 60, level).jitter(seed, 0.05);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void onTheHeartAloneARelaxedLevelIsWhereTheReboundIsMeasuredFrom(long seed) {
        AxisHistory h = settledAt(1.2, seed).history(HEART_ALONE);

        assertThat(CLASSIFIER.restingP(h, ONSET)).isCloseTo(1.2, within(0.1));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void withSkinConductanceTheReferenceStaysCappedAtTheBaseline(long seed) {
        AxisHistory h = settledAt(1.2, seed).history(SKIN_AND_HEART);

        assertThat(CLASSIFIER.restingP(h, ONSET)).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aWithdrawalWithinFourMinutesLeavesTheCapOnTheHeartAlone(long seed) {
        // an earlier bout: P withdrawn to -2 at 360-400 s, its rebound lifting P to 1.2 by 440 s
        AxisTrace t = new AxisTrace(900).rampP(330, 360, -2).rampP(400, 440, 1.2).jitter(seed, 0.05);

        assertThat(CLASSIFIER.restingP(t.history(HEART_ALONE), ONSET)).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aWithdrawalLongerAgoHasFaded(long seed) {
        // the same withdrawal ended more than four minutes before the pre-onset minute
        AxisTrace t = new AxisTrace(900).rampP(30, 60, -2).rampP(100, 140, 1.2).jitter(seed, 0.05);

        assertThat(CLASSIFIER.restingP(t.history(HEART_ALONE), ONSET)).isCloseTo(1.2, within(0.1));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aLevelUnderTheBaselineIsTheReferenceEverywhere(long seed) {
        for (List<String> channels : List.of(HEART_ALONE, SKIN_AND_HEART)) {
            assertThat(CLASSIFIER.restingP(settledAt(-0.6, seed).history(channels), ONSET)).as(channels.toString())
                    .isCloseTo(-0.6, within(0.1));
        }
    }
}
