package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A brief bout's vagal rebound must be seen holding: a wrist whose pulse is lost to movement right after a fall of S
 * gives a few seconds of P at the edge of the blank (the movement's RSA as much as the body's), and a median over half a
 * minute taken on those few seconds is no level held for half a minute (WESAD S4's baseline had such a "release").
 */
class UnseenReboundTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }


    private static List<Episode> episodes(AxisTrace t) {
        return t.episodes(List.of("EDA", "HR"), true, t.s, t.s);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReboundSeenHoldingMakesTheBoutResolved(long seed) {
        List<Episode> found = episodes(AxisTrace.briefReleaseWithRebound(seed));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReboundSeenOnEveryOtherPointStillHolds(long seed) {
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);
        for (int k = AxisTrace.index(340); k < t.p.length; k += 2) {
            t.p[k] = Double.NaN;
        }

        assertThat(episodes(t)).extracting(Episode::outcome).containsExactly(Outcome.RESOLVED);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReboundSeenForSecondsAtTheEdgeOfABlankIsNoRelease(long seed) {
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);
        // P up at 2 z for a few seconds as the drop begins, then lost for four minutes (movement), back at rest after
        Arrays.fill(t.p, AxisTrace.index(345), AxisTrace.index(585), Double.NaN);
        Arrays.fill(t.p, AxisTrace.index(585), t.p.length, 0.0);

        assertThat(episodes(t)).isEmpty();
    }
}
