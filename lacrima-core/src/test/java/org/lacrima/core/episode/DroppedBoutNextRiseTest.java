package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A brief rise and fall without a vagal rebound (no episode) followed within the decision wait by a slower bout
 * (issue 19, wrist hold-out sets): the second bout's rise began before the first was judged, and is measured from the
 * trough between them, not from where S stood when the first was dropped.
 */
class DroppedBoutNextRiseTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Rise 1: 300-330 s to 3 z, fast drop, P withdrawn to -2 z and back to rest only (no rebound: dropped at its decision,
     * 210 s after the peak). Bout 2: S climbs from 470 to 620 s to 3.5 z (at the first one's decision half-way up, under
     * an entry rise over the trough), P withdrawn to -2 z, then a fast drop and a vagal rebound to {@code rebound} z.
     */
    private static AxisTrace trace(long seed, double rebound) {
        return new AxisTrace(1200).rampS(300, 330, 3).decayS(335, 12, 0).rampS(470, 620, 3.5).decayS(625, 15, 0)
                .rampP(300, 330, -2).decayP(340, 15, 0).rampP(470, 620, -2).decayP(630, 20, rebound)
                .jitter(seed, 0.05);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBoutRisingWhileTheRiseBeforeItWasJudgedIsFound(long seed) {
        List<Episode> found = trace(seed, 1.5).episodesWithTwoAgreeingChannels();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).peakSec()).isBetween(600.0, 630.0);
        assertThat(found.get(0).onsetSec()).isBetween(460.0, 540.0);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withoutItsOwnReboundTheSecondRiseIsNoEpisodeEither(long seed) {
        assertThat(trace(seed, 0).episodesWithTwoAgreeingChannels()).isEmpty();
    }
}
