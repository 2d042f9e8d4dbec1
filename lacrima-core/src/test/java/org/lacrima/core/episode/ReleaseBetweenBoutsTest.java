package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two bouts of a spell on hand-built traces: the first falls fast but neither settles nor shows its (delayed) vagal
 * rebound before the second rises; that dip is a release, not a sobbing wave, so each bout is its own episode.
 */
class ReleaseBetweenBoutsTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm for 5 minutes; a 90 s build-up to 5 z with vagal withdrawal, a fast drop to {@code dipTo} z (P still
     * withdrawn: its rebound would come later), then from 490 s a second 40 s build-up to 6 z, released with a rebound.
     */
    private static AxisTrace spell(long seed, double dipTo) {
        return new AxisTrace(1100).rampS(300, 390, 5).decayS(400, 10, dipTo).rampS(490, 530, 6).decayS(535, 8, 0)
                .rampP(300, 390, -2).decayP(400, 30, -1).rampP(490, 530, -2.5).decayP(535, 20, 2).jitter(seed, 0.08);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFastDropToUnderHalfTheExcessBeforeTheNextRiseEndsTheBout(long seed) {
        List<Episode> found = spell(seed, 1.8).episodesWithTwoAgreeingChannels();

        assertThat(found).hasSize(2);
        assertThat(found.get(0).peakSec()).isBetween(370.0, 405.0);
        assertThat(found.get(1).peakSec()).isBetween(515.0, 540.0);
        assertThat(found.get(1).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDipThatKeepsTheWaveLevelOverHalfTheExcessIsASobbingWaveOfTheSameBout(long seed) {
        // S dips only to 3.4 z of 5 (a third of the excess), then surges on: one bout
        assertThat(spell(seed, 3.4).episodesWithTwoAgreeingChannels()).hasSize(1);
    }
}
