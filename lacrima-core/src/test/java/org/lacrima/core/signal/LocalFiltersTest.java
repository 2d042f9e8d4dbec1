package org.lacrima.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFiltersTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void fastFiltersAgreeWithTheirDefinitions(long seed) {
        Random rnd = new Random(seed);
        double[] x = rnd.doubles(1 + rnd.nextInt(400), -5, 5).toArray();
        int half = rnd.nextInt(20);
        double[] min = SlidingExtremum.min(x, half);
        double[] max = SlidingExtremum.max(x, half);
        double[] mean = MovingAverage.centered(x, 2 * half + 1);
        for (int i = 0; i < x.length; i++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int count = 0;
            for (int k = Math.max(0, i - half); k <= Math.min(x.length - 1, i + half); k++) {
                lo = Math.min(lo, x[k]);
                hi = Math.max(hi, x[k]);
                sum += x[k];
                count++;
            }
            assertThat(min[i]).isEqualTo(lo);
            assertThat(max[i]).isEqualTo(hi);
            assertThat(mean[i]).isCloseTo(sum / count, within(1e-9));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void openingKeepsMonotoneDriftAndRemovesNarrowBumps(long seed) {
        Random rnd = new Random(seed);
        double slope = rnd.nextGaussian();
        double[] drift = new double[500];
        for (int i = 0; i < drift.length; i++) {
            drift[i] = slope * i / 100.0;
        }
        double[] bumped = drift.clone();
        int at = 100 + rnd.nextInt(300);
        for (int k = 0; k < 8; k++) {
            bumped[at + k] += 1 + rnd.nextDouble();
        }

        double[] opened = SlidingExtremum.opening(bumped, 10);

        // windows truncated at the edges see only one side of the drift; the interior is exact
        // and over the bump the line is rebuilt from its neighbours, off by at most the drift across the bump
        for (int i = 20; i < drift.length - 20; i++) {
            boolean nearBump = i >= at - 20 && i < at + 8 + 20;
            assertThat(opened[i]).isCloseTo(drift[i], within(nearBump ? Math.abs(slope) * 8 / 100.0 + 1e-9 : 1e-9));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void gapsAreFilledByStraightLinesAndBlocksIgnoreNaN(long seed) {
        Random rnd = new Random(seed);
        double[] line = new double[100];
        for (int i = 0; i < line.length; i++) {
            line[i] = 3 + 0.5 * i;
        }
        double[] holes = line.clone();
        int from = 1 + rnd.nextInt(50);
        int to = from + 1 + rnd.nextInt(40);
        for (int i = from; i < to; i++) {
            holes[i] = Double.NaN;
        }

        double[] filled = GapFiller.fillLinear(holes);
        double[] blocks = BlockAverager.average(holes, 0, holes.length, 4);

        assertThat(filled).containsExactly(line, within(1e-9));
        for (int b = 0; b < blocks.length; b++) {
            boolean allMissing = b * 4 >= from && b * 4 + 4 <= to;
            assertThat(Double.isNaN(blocks[b])).isEqualTo(allMissing);
        }
    }

    @ParameterizedTest(name = "sigma {0}")
    @ValueSource(doubles = {0.001, 0.01, 0.1})
    void noiseEstimateRecoversWhiteNoiseUnderASmoothSignal(double sigma) {
        Random rnd = new Random(7);
        double[] x = new double[16 * 120];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i / 40.0) + sigma * rnd.nextGaussian();
        }

        double[] sd = NoiseEstimate.whiteNoiseSdByBlock(x, 16 * 30, 7);

        for (double s : sd) {
            assertThat(s).isBetween(0.8 * sigma, 1.25 * sigma);
        }
    }
}
