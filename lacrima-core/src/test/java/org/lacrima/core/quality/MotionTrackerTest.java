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
        // threshold the whole recording would be motion; with it, all but the first five minutes (until the
        // wearer has moved for more than half of the ten-minute memory) count only the bursts
        double[][] axes = wrist(rnd, 1200, 6, 0.05);
        MotionTracker tracker = new MotionTracker("ACC", RATE, 0, List.of("g", "g", "g"), 0.04);
        tracker.accept(axes, axes[0].length);

        double maskedLater = tracker.moving().stream()
                .mapToDouble(b -> Math.max(0, b.endSec() - Math.max(330, b.startSec()))).sum();
        double maskedEarly = tracker.moving().stream()
                .mapToDouble(b -> Math.max(0, Math.min(290, b.endSec()) - b.startSec())).sum();
        assertThat(tracker.moving()).isNotEmpty();
        assertThat(maskedLater).isLessThan(0.2 * (1200 - 330));
        assertThat(maskedEarly).as("blind while the wrist's typical is not known").isGreaterThan(0.95 * 290);
    }

    /**
     * A session that opens with a walk (walking in, 12-179 s) and has another 90 s later (270-383 s): both are movement
     * from end to end. Taken over the minutes seen so far the median window was the first walk's, so four times it
     * hid the rest of that walk and all of the next (simulated chest session 1801802, whose two walks became false
     * episodes).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void aWalkAtTheStartNeverBecomesTheTypicalWindow(long seed) {
        Random rnd = new Random(seed);
        int seconds = 900;
        double[][] axes = new double[3][(int) (seconds * RATE)];
        double cadence = 1.6 + 0.4 * rnd.nextDouble();
        for (int i = 0; i < axes[0].length; i++) {
            double t = i / RATE;
            boolean walking = (t >= 12 && t < 179) || (t >= 270 && t < 383);
            for (int a = 0; a < 3; a++) {
                axes[a][i] = (a == 2 ? 1 : 0) + rnd.nextGaussian() * 0.007
                        + (walking && a == 2 ? 0.5 * Math.sin(2 * Math.PI * cadence * t) : 0);
            }
        }
        MotionTracker tracker = new MotionTracker("ACC", RATE, 0, List.of("g", "g", "g"), 0.04);
        tracker.accept(axes, axes[0].length);

        for (double[] walk : new double[][] {{12, 179}, {270, 383}}) {
            double covered = tracker.moving().stream()
                    .mapToDouble(b -> Math.max(0, Math.min(walk[1], b.endSec()) - Math.max(walk[0], b.startSec())))
                    .sum();
            assertThat(covered).as("walk %s-%s s", walk[0], walk[1]).isGreaterThan(0.95 * (walk[1] - walk[0]));
        }
        assertThat(tracker.moving().stream().mapToDouble(BadInterval::durationSec).sum())
                .as("nothing but the walks").isLessThan(179 - 12 + 383 - 270 + 10);
    }
}
