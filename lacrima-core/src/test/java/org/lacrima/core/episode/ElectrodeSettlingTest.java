package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.grid.GridBuffer;

class ElectrodeSettlingTest {
    private static final double RATE = 4;
    private static final int SPAN = (int) (480 * RATE);
    private static final ElectrodeSettling SETTLING = ElectrodeSettling.defaults();

    /** A wrist skin conductance level (µS) on the 4 Hz grid with a little measurement noise. */
    private static GridBuffer scl(long seed, DoubleUnaryOperator level) {
        Random rnd = new Random(seed);
        GridBuffer out = new GridBuffer();
        for (int k = 0; k < SPAN; k++) {
            out.add(level.applyAsDouble(k / RATE) + 0.005 * rnd.nextGaussian());
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aDryElectrodeWettingTheSkinSettlesWithinMinutes(long seed) {
        Random rnd = new Random(seed);
        // a drift of 3-6 floor units (30-60 % of a 1-2 µS level), as E4 electrodes show
        double level = 1 + rnd.nextDouble();
        double deficit = 0.3 + 0.3 * rnd.nextDouble();
        double tau = 40 + 80 * rnd.nextDouble();
        double settled = SETTLING.settledSec(scl(seed, t -> level * (1 - deficit * Math.exp(-t / tau))), RATE, SPAN);
        // the remaining drift at the settled time is about a floor unit (0.1 µS or 10 %) or less
        assertThat(settled).isGreaterThan(tau);
        assertThat(level * deficit * Math.exp(-settled / tau)).isLessThan(0.15 * level);
        assertThat(settled).isLessThanOrEqualTo(480);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aLevelStartIsNoSettlingEvenWhenAnArousalFollows(long seed) {
        // flat for two minutes, then a tonic rise of 0.4 µS over two minutes (a build-up, not an electrode)
        GridBuffer trace = scl(seed, t -> 0.8 + (t < 120 ? 0 : 0.4 * Math.min(1, (t - 120) / 120)));
        assertThat(SETTLING.settledSec(trace, RATE, SPAN)).isZero();
        assertThat(SETTLING.settledSec(scl(seed, t -> 0.8), RATE, SPAN)).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aDriftTooSmallToOpenAnEpisodeIsLeftAlone(long seed) {
        // 0.1 µS in all at a 1 µS level: one floor unit
        assertThat(SETTLING.settledSec(scl(seed, t -> 1.0 - 0.1 * Math.exp(-t / 60)), RATE, SPAN)).isZero();
    }
}
