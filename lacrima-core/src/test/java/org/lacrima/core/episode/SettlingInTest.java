package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recording's first minute is no resting level ({@link DetectorSettings#preWindowSec()}): a client who has just
 * walked in and sat down has a heart still coming down from the walk and vagal tone coming back, and a check-in talk
 * lifts the heart on top. A rise and fall with a vagal upswing there has the look of a brief bout; the same shape once
 * the client has settled is one.
 */
class SettlingInTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /** A brief bout with the whole S-P sequence starting at {@code startSec} (30 s to 3 z, a fast drop, P rebounding). */
    private static List<Episode> boutAt(double startSec, long seed) {
        AxisTrace t = new AxisTrace(startSec + 600).rampS(startSec, startSec + 30, 3).decayS(startSec + 35, 15, 0)
                .rampP(startSec, startSec + 30, -2).decayP(startSec + 40, 2, 2).jitter(seed, 0.05);
        return t.episodes(List.of("EDA", "HR"), true, t.s, t.s);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRiseFromTheFirstMinuteIsNoBout(long seed) {
        assertThat(boutAt(15, seed)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameRiseOnceSettledIsOne(long seed) {
        assertThat(boutAt(DetectorSettings.defaults().preWindowSec() + 120, seed)).extracting(Episode::outcome)
                .containsExactly(Outcome.RESOLVED);
    }
}
