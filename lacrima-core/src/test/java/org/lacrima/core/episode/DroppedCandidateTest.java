package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tracker keeps every candidate it turned down with the check that turned it down, where it was and when: what a
 * researcher tracing a missed bout asks first. A kept bout leaves nothing turned down.
 */
class DroppedCandidateTest {

    static LongStream seeds() {
        return LongStream.range(0, 5);
    }

    private static EpisodeTracker heartAlone(AxisTrace t) {
        return t.tracked(List.of(), List.of("HR"), true, t.s);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStartlesTopIsTurnedDownAsAReflexsTop(long seed) {
        // a wander of S with a startle's 4-s top on it and a vagal upswing after (ReflexTopTest's traced case)
        EpisodeTracker tracker = heartAlone(ReflexTopTest.rise(seed, 4));

        assertThat(tracker.episodes()).isEmpty();
        assertThat(tracker.dropped()).anySatisfy(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.REFLEX_TOP);
            assertThat(d.peakSec()).isBetween(610.0, 640.0);
            assertThat(d.onsetSec()).isLessThan(d.peakSec());
            assertThat(d.droppedAtSec()).isGreaterThan(d.peakSec());
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBlipThatFellBackBeforeAnyHoldIsTurnedDownAsFallingBack(long seed) {
        // S up 3 z within 3 s, back within 10 s; P unmoved: no hold, no vagal withdrawal, no whole brief bout
        AxisTrace t = new AxisTrace(900).rampS(400, 403, 3).rampS(410, 413, 0).jitter(seed, 0.05);
        EpisodeTracker tracker = heartAlone(t);

        assertThat(tracker.episodes()).isEmpty();
        assertThat(tracker.dropped()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.FELL_BACK);
            assertThat(d.peakSec()).isBetween(400.0, 413.0);
            assertThat(d.droppedAtSec()).isBetween(410.0, 420.0);
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aKeptBoutLeavesNothingTurnedDown(long seed) {
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);
        EpisodeTracker tracker = t.tracked(List.of(), List.of("EDA", "HR"), true, t.s, t.s);

        assertThat(tracker.episodes()).hasSize(1);
        assertThat(tracker.dropped()).isEmpty();
    }
}
