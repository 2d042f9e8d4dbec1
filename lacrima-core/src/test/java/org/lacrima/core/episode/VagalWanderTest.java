package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link VagalWander}: P's own spread over the quiet 3-minute blocks seen so far. */
class VagalWanderTest {
    private static final int BLOCK = 720; // 3 minutes at 4 Hz

    static Stream<Arguments> wanders() {
        return Stream.of(0.1, 0.3, 0.7, 1.5).flatMap(sd -> Stream.of(1L, 2L, 3L, 4L).map(seed -> Arguments.of(sd, seed)));
    }

    @ParameterizedTest(name = "sd {0}, seed {1}")
    @MethodSource("wanders")
    void measuresTheSpreadOfAQuietWanderingP(double sd, long seed) {
        Random r = new Random(seed);
        VagalWander w = new VagalWander(BLOCK);
        for (int k = 0; k < 6 * BLOCK; k++) {
            w.add(sd * r.nextGaussian() + 0.5, true);
        }

        assertThat(w.wander()).isCloseTo(sd, within(0.15 * sd));
    }

    @ParameterizedTest(name = "sd {0}, seed {1}")
    @MethodSource("wanders")
    void aBlockWithAnEpisodeInItDoesNotCount(double sd, long seed) {
        Random r = new Random(seed);
        VagalWander quietOnly = new VagalWander(BLOCK);
        VagalWander withEpisode = new VagalWander(BLOCK);
        for (int k = 0; k < 6 * BLOCK; k++) {
            double p = sd * r.nextGaussian();
            boolean episode = k >= 2 * BLOCK && k < 4 * BLOCK;
            if (!episode) {
                quietOnly.add(p, true);
            }
            // the episode's withdrawal and rebound, a swing of 6 z, while the tracker is not idle
            withEpisode.add(episode ? p + 6 * Math.sin(Math.PI * (k - 2 * BLOCK) / BLOCK) : p, !episode);
        }

        assertThat(withEpisode.wander()).isEqualTo(quietOnly.wander());
    }

    @Test
    void saysNothingBeforeItsFirstBlockNorOnABlockMostlyUnmeasured() {
        VagalWander w = new VagalWander(BLOCK);
        for (int k = 0; k < BLOCK - 1; k++) {
            w.add(0.3 * Math.sin(k), true);
        }
        assertThat(w.wander()).isNaN();

        VagalWander gaps = new VagalWander(BLOCK);
        for (int k = 0; k < BLOCK; k++) {
            gaps.add(k % 3 == 0 ? 1.0 * Math.sin(k) : Double.NaN, true);
        }
        assertThat(gaps.wander()).isNaN();
    }
}
