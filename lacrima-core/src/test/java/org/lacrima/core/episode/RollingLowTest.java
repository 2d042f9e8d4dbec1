package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RollingLow} against a brute-force minimum over the same window, with gaps and restarts, on seeded walks; odd seeds
 * with a first usable minute (no restart reaches before it).
 */
class RollingLowTest {
    private static final double RATE_HZ = 4;
    private static final double LOOK_BACK_SEC = 30;

    static LongStream seeds() {
        return LongStream.range(0, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void holdsTheLowestSOfItsWindowThroughGapsAndRestarts(long seed) {
        Random rnd = new Random(seed);
        AxisHistory history = new AxisHistory(RATE_HZ, false);
        double firstUsableSec = seed % 2 == 0 ? 0 : 60;
        RollingLow low = new RollingLow(history, LOOK_BACK_SEC, firstUsableSec);
        int lookBack = history.samples(LOOK_BACK_SEC);
        int firstUsable = history.samples(firstUsableSec);
        int from = 0;
        double s = 0;
        for (int k = 0; k < 2000; k++) {
            s += rnd.nextGaussian() * 0.2;
            history.add(rnd.nextDouble() < 0.05 ? Double.NaN : s, 1, 0, 1, Double.NaN);
            double roll = rnd.nextDouble();
            if (roll < 0.005) {
                from = k + 1;
                low.restartEmpty(from);
                continue;
            }
            if (roll < 0.01) {
                from = Math.max(0, k - rnd.nextInt(50));
                low.restart(from, k);
            } else {
                low.track(k);
            }
            int expected = -1;
            int start = Math.max(Math.max(from, firstUsable), k - lookBack);
            for (int i = start; i <= k; i++) {
                if (Double.isFinite(history.s(i)) && (expected < 0 || history.s(i) < history.s(expected))) {
                    expected = i;
                }
            }
            int found = low.index();
            if (expected < 0) {
                assertThat(found).as("at %d, nothing in the window", k).isEqualTo(-1);
            } else {
                assertThat(found).as("at %d", k).isGreaterThanOrEqualTo(0);
                assertThat(history.s(found)).as("at %d", k).isEqualTo(history.s(expected));
            }
            assertThat(low.windowStart(k)).isEqualTo(start);
        }
    }
}
