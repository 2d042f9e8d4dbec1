package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A brief-path rise without a release (no fast drop, no vagal rebound) on hand-built traces: kept as a build-up cut
 * short when it eases off over minutes, dropped as a blip when it is gone within a minute.
 */
class CutShortBuildUpTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm for 5 minutes, a 45 s build-up to {@code top} z with vagal withdrawal (EDA and HR both rise, so two
     * channels agree), then S falls back with time constant {@code tauSec} and P returns to rest, no rebound.
     */
    private static AxisTrace buildUp(long seed, double top, double tauSec) {
        return new AxisTrace(1200).rampS(300, 345, top).decayS(345, tauSec, 0)
                .rampP(300, 345, -1.5).decayP(345, tauSec, 0).jitter(seed, 0.08);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBuildUpThatEasesOffOverMinutesIsASubsidedBout(long seed) {
        // half the excess gone after about 100 s: too short a hold for the long path, no release for the brief one
        List<Episode> found = buildUp(seed, 2.4, 150).episodesWithTwoAgreeingChannels();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.SUBSIDED);
        assertThat(found.get(0).peakSec()).isBetween(330.0, 360.0);
        assertThat(found.get(0).metrics().releaseDropFraction()).isLessThan(DetectorSettings.defaults().fastDropFraction());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameRiseGoneWithinAMinuteAndWithoutReboundIsNoEpisode(long seed) {
        assertThat(buildUp(seed, 2.4, 15).episodesWithTwoAgreeingChannels()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSlowEaseIsNotJudgedBeforeEveryMinuteAfterTheTopIsSeen(long seed) {
        // the recording ends 80 s after the top: the steepest minute may still be to come
        AxisTrace trace = buildUp(seed, 2.4, 150);
        AxisTrace cut = new AxisTrace(425);
        System.arraycopy(trace.s, 0, cut.s, 0, cut.s.length);
        System.arraycopy(trace.p, 0, cut.p, 0, cut.p.length);

        assertThat(cut.episodesWithTwoAgreeingChannels()).isEmpty();
    }
}
