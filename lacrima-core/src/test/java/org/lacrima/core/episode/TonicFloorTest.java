package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.grid.GridStatistics;

/**
 * {@link TonicFloor} over seeded random skin conductance levels on the 4 Hz grid: a level that comes down after the
 * baseline takes the reference down with it, a level that stays or rises leaves the baseline's median, and only the
 * past counts.
 */
class TonicFloorTest {
    private static final double RATE_HZ = 4;
    private static final int BASELINE = (int) (180 * RATE_HZ);

    /**
     * {@code minutes} of a tonic level (µS) starting at {@code start}, moving exponentially towards {@code end} with
     * {@code tauSec}, with slow noise of {@code noise} µS and an SCR of 0.05-0.3 µS every 20-60 s riding on it.
     */
    private static double[] level(Random rnd, double minutes, double start, double end, double tauSec, double noise) {
        double[] x = new double[(int) (minutes * 60 * RATE_HZ)];
        double drift = 0;
        double nextScr = rnd.nextDouble() * 40;
        double scr = 0;
        for (int i = 0; i < x.length; i++) {
            double t = i / RATE_HZ;
            drift = 0.995 * drift + 0.1 * noise * rnd.nextGaussian();
            if (t >= nextScr) {
                scr += 0.05 + 0.25 * rnd.nextDouble();
                nextScr = t + 20 + 40 * rnd.nextDouble();
            }
            scr *= Math.exp(-1 / (8 * RATE_HZ));
            x[i] = end + (start - end) * Math.exp(-t / tauSec) + drift + scr;
        }
        return x;
    }

    /** The floor spread of skin conductance ({@code AxisComponent.SYMPATHETIC}): 0.1 µS or a tenth of the level. */
    private static double smallestSpread(double[] x) {
        return Math.max(0.1, 0.1 * GridStatistics.median(x, 0, BASELINE));
    }

    private static TonicFloor floorOf(double[] x) {
        return new TonicFloor(x, 0, BASELINE, smallestSpread(x), RATE_HZ);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aLevelThatComesDownTakesTheReferenceDownWithIt(long seed) {
        Random rnd = new Random(seed);
        double rest = 1 + 6 * rnd.nextDouble();
        double start = rest * (1.5 + 2 * rnd.nextDouble());
        double[] x = level(rnd, 40, start, rest, 120 + 240 * rnd.nextDouble(), 0.02 * rest);
        GridBuffer series = GridBuffer.of(x);
        TonicFloor floor = floorOf(x);
        double baselineMedian = GridStatistics.median(x, 0, BASELINE);
        int late = (int) (35 * 60 * RATE_HZ);
        double calmLate = GridStatistics.median(x, late - (int) (60 * RATE_HZ), late);

        // against the baseline the calm level sits several spreads below; against the floor within one
        double spread = smallestSpread(x);
        assertThat(calmLate).isLessThan(baselineMedian - 2 * spread);
        assertThat(floor.reference(series, late)).isCloseTo(calmLate, offset(spread));
        for (int k = BASELINE; k < x.length; k += 37) {
            assertThat(floor.reference(series, k)).isLessThanOrEqualTo(baselineMedian);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void aLevelThatStaysOrRisesLeavesTheBaselinesMedian(long seed) {
        Random rnd = new Random(seed);
        double rest = 1 + 6 * rnd.nextDouble();
        // settled from the start, then a build-up to an overwhelm plateau 20 minutes in, held for 15 minutes
        double[] x = level(rnd, 40, rest, rest, 300, 0.02 * rest);
        for (int i = (int) (20 * 60 * RATE_HZ); i < x.length; i++) {
            double t = i / RATE_HZ - 20 * 60;
            x[i] += 0.5 * rest * (1 - Math.exp(-t / 60)) * (t < 15 * 60 ? 1 : Math.exp(-(t - 15 * 60) / 120));
        }
        GridBuffer series = GridBuffer.of(x);
        TonicFloor floor = floorOf(x);
        double baselineMedian = GridStatistics.median(x, 0, BASELINE);
        for (int k = BASELINE; k < x.length; k += 13) {
            assertThat(floor.reference(series, k)).isLessThanOrEqualTo(baselineMedian)
                    .isGreaterThan(baselineMedian - 0.05 * rest);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void onlyThePastCountsAndTooFewValuesLeaveTheBaseline(long seed) {
        Random rnd = new Random(seed);
        double[] x = level(rnd, 30, 6, 2, 200, 0.05);
        int k = (int) (20 * 60 * RATE_HZ);
        double before = floorOf(x).reference(GridBuffer.of(x), k);
        double[] changed = x.clone();
        for (int i = k - k % (int) (TonicFloor.REFRESH_SEC * RATE_HZ); i < changed.length; i++) {
            changed[i] = rnd.nextDouble() < 0.5 ? Double.NaN : 0.01;
        }
        assertThat(floorOf(changed).reference(GridBuffer.of(changed), k)).isEqualTo(before);

        double[] sparse = x.clone();
        for (int i = BASELINE; i < sparse.length; i++) {
            if (i % 3 != 0) {
                sparse[i] = Double.NaN;
            }
        }
        assertThat(floorOf(sparse).reference(GridBuffer.of(sparse), k)).isEqualTo(GridStatistics.median(x, 0, BASELINE));
    }
}
