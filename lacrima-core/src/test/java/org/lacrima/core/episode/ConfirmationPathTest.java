package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Event;

/**
 * The tracker says how it confirmed each candidate, at the onset its episode reports: a long build-up on the long path,
 * a brief one on its channels' agreement, a brief rise with a marked intervention on the intervention.
 */
class ConfirmationPathTest {

    static LongStream seeds() {
        return LongStream.range(0, 5);
    }

    private static ConfirmationPath onlyPath(EpisodeTracker tracker) {
        assertThat(tracker.episodes()).hasSize(1);
        assertThat(tracker.confirmations()).singleElement()
                .satisfies(c -> assertThat(c.onsetSec()).isEqualTo(tracker.episodes().get(0).onsetSec()));
        return tracker.confirmations().get(0).path();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBuildUpOfMinutesHeldOnTheLongPath(long seed) {
        // S climbs 3 z over 4 minutes, holds 2 minutes, falls fast; RSA withdraws and rebounds
        AxisTrace t = new AxisTrace(1500).rampS(300, 540, 3).decayS(660, 15, 0).rampP(300, 540, -2)
                .decayP(665, 5, 1.5).jitter(seed, 0.05);

        assertThat(onlyPath(t.tracked(List.of(), List.of("HR"), true, t.s))).isEqualTo(ConfirmationPath.LONG_RISE);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBriefBoutTwoChannelsAgreeOnIsConfirmedOnTheirAgreement(long seed) {
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);

        assertThat(onlyPath(t.tracked(List.of(), List.of("EDA", "HR"), true, t.s, t.s)))
                .isEqualTo(ConfirmationPath.BRIEF_AGREEMENT);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBriefRiseOnTheHeartAloneWithAMarkedInterventionIsConfirmedOnTheIntervention(long seed) {
        // an RR strap: P is the inverted heart rate, no second witness; the marked intervention is what confirms it
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);

        assertThat(onlyPath(t.tracked(List.of(Event.at(315, "calming intervention")), List.of("HR"), false, t.s)))
                .isEqualTo(ConfirmationPath.INTERVENTION);
    }
}
