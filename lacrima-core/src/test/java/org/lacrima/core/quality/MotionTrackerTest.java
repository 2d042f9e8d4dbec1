package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MotionTrackerTest {
    private static final double RATE = 32;

    /** Three axes in g: still with tremor, with {@code moves} bursts of shaking of 2-6 s. */
    private static double[][] wrist(Random rnd, int seconds, int moves, double tremorG) {
        double[][] axes = new double[3][(int) (seconds * RATE)];
        boolean[] moving = new boolean[axes[0].length];
        for (int m = 0; m < moves; m++) {
            int from = (int) (rnd.nextInt(seconds - 10) * RATE);
            Arrays.fill(moving, from, from + (int) ((2 + rnd.nextInt(5)) * RATE), true);
        }
        for (int i = 0; i < moving.length; i++) {
            for (int a = 0; a < 3; a++) {
                axes[a][i] = (a == 2 ? 1 : 0) + rnd.nextGaussian() * (moving[i] ? 0.3 : tremorG);
            }
        }
        return axes;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void chunksGiveTheIntervalsOfTheWholeSignal(long seed) {
        Random rnd = new Random(seed);
        double[][] axes = wrist(rnd, 300, 6, rnd.nextBoolean() ? 0.004 : 0.02);
        MotionTracker whole = new MotionTracker("ACC", RATE, 5, List.of("g", "g", "g"), 0.04);
        whole.accept(axes, axes[0].length);

        MotionTracker chunked = new MotionTracker("ACC", RATE, 5, List.of("g", "g", "g"), 0.04);
        int at = 0;
        while (at < axes[0].length) {
            int to = Math.min(axes[0].length, at + 1 + rnd.nextInt(100));
            double[][] chunk = new double[3][];
            for (int a = 0; a < 3; a++) {
                chunk[a] = Arrays.copyOfRange(axes[a], at, to);
            }
            chunked.accept(chunk, to - at);
            at = to;
        }

        assertThat(whole.moving()).isNotEmpty();
        assertThat(chunked.moving()).isEqualTo(whole.moving());
        assertThat(chunked.endSec()).isEqualTo(whole.endSec()).isEqualTo(5 + 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void aRestlessWristCountsOnlyMovementWellAboveItsTypicalWindow(long seed) {
        Random rnd = new Random(seed);
        // the typical window moves by about 0.09 g (above the fixed 0.04 g): without the adaptive
        // threshold the whole recording would be motion
        double[][] axes = wrist(rnd, 600, 3, 0.05);
        MotionTracker tracker = new MotionTracker("ACC", RATE, 0, List.of("g", "g", "g"), 0.04);
        tracker.accept(axes, axes[0].length);

        double masked = tracker.moving().stream().mapToDouble(BadInterval::durationSec).sum();
        assertThat(tracker.moving()).isNotEmpty();
        assertThat(masked).isLessThan(0.2 * 600);
    }
}
