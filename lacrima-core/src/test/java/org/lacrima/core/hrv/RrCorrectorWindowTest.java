package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The running thresholds and medians of {@link RrCorrector} come from a window kept sorted as it
 * slides ({@link CentredWindow}); they must equal, bit for bit, those of the straightforward rule
 * (copy each centred window, sort it, interpolate its quantiles) that they replaced.
 */
class RrCorrectorWindowTest {
    private static final int THRESHOLD_WINDOW = 91;
    private static final int MEDIAN_WINDOW = 11;

    /** Lengths around both window widths, so series shorter than a window and windows cut by both ends occur. */
    static Stream<Arguments> seriesShapes() {
        int[] lengths = {1, 2, 3, 6, 10, 11, 12, 45, 46, 47, 90, 91, 92, 93, 137, 182, 500, 2000};
        return IntStream.range(0, 6).boxed()
                .flatMap(seed -> Arrays.stream(lengths).mapToObj(n -> Arguments.of(seed * 1000 + n, n)));
    }

    @ParameterizedTest(name = "seed {0}, {1} beats")
    @MethodSource("seriesShapes")
    void thresholdsEqualThoseOfSortingEachWindow(long seed, int length) {
        double[] drr = randomSeries(new Random(seed), length, true);

        double[] expected = new double[length];
        double[] abs = Arrays.stream(drr).map(Math::abs).toArray();
        for (int i = 0; i < length; i++) {
            double[] w = sortedWindow(abs, i, THRESHOLD_WINDOW);
            expected[i] = Math.max(10, 5.2 * (quantile(w, 0.75) - quantile(w, 0.25)) / 2);
        }

        assertThat(RrCorrector.threshold(drr)).containsExactly(expected);
    }

    @ParameterizedTest(name = "seed {0}, {1} beats")
    @MethodSource("seriesShapes")
    void runningMediansEqualThoseOfSortingEachWindow(long seed, int length) {
        double[] rr = randomSeries(new Random(seed), length, false);

        double[] expected = new double[length];
        for (int i = 0; i < length; i++) {
            expected[i] = quantile(sortedWindow(rr, i, MEDIAN_WINDOW), 0.5);
        }

        assertThat(RrCorrector.medianFilter(rr)).containsExactly(expected);
    }

    @ParameterizedTest(name = "seed {0}, {1} values")
    @MethodSource("seriesShapes")
    void everyQuantileOfEveryWindowEqualsTheSortedWindows(long seed, int length) {
        Random rnd = new Random(seed);
        double[] x = randomSeries(rnd, length, true);
        int width = 1 + 2 * rnd.nextInt(60);
        CentredWindow window = new CentredWindow(x, width);

        for (int i = 0; i < length; i++) {
            window.centreOn(i);
            double[] sorted = sortedWindow(x, i, width);
            for (double q : new double[] {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1}) {
                assertThat(window.quantile(q)).as("q %s at %d of %d, width %d", q, i, length, width)
                        .isEqualTo(quantile(sorted, q));
            }
        }
    }

    /**
     * A round reads the mRR deviations' thresholds only at the beats whose difference is over its threshold, sliding
     * its median and threshold windows over just the stretches asked about: at any ascending beats asked (repeats and
     * long jumps included) they equal the thresholds of the whole series' running-median deviations.
     */
    @ParameterizedTest(name = "seed {0}, {1} beats")
    @MethodSource("seriesShapes")
    void deviationThresholdsAskedNowAndThenEqualTheWholeSeries(long seed, int length) {
        Random rnd = new Random(seed);
        double[] rr = randomSeries(rnd, length, false);
        double[] median = RrCorrector.medianFilter(rr);
        double[] mrr = new double[length];
        for (int i = 0; i < length; i++) {
            double d = rr[i] - median[i];
            mrr[i] = d < 0 ? 2 * d : d;
        }
        double[] expected = RrCorrector.threshold(mrr);
        // beats asked in clusters (a few apart) and after jumps of up to twice the window
        IntStream.Builder ask = IntStream.builder();
        for (int i = rnd.nextInt(3); i < length; i += rnd.nextBoolean() ? 1 + rnd.nextInt(3) : 1 + rnd.nextInt(200)) {
            ask.add(i);
            if (rnd.nextInt(4) == 0) {
                ask.add(i);
            }
        }
        int[] asked = ask.build().toArray();

        double[] got = CorrectionRound.deviationThresholds(rr, asked);

        for (int k = 0; k < asked.length; k++) {
            assertThat(got[k]).as("beat %d of %d", asked[k], length).isEqualTo(expected[asked[k]]);
        }
    }

    /**
     * RR intervals (ms) or their signed successive differences, on a 1 ms grid part of the time (so
     * values repeat, as in RR series from a 1 kHz or 500 Hz ECG), with occasional artefacts.
     */
    private static double[] randomSeries(Random rnd, int length, boolean signedDifferences) {
        boolean quantised = rnd.nextBoolean();
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            double v = signedDifferences ? rnd.nextGaussian() * 30 : 800 + rnd.nextGaussian() * 60;
            if (rnd.nextDouble() < 0.03) {
                v *= rnd.nextBoolean() ? 3 : 0.4;
            }
            x[i] = quantised ? Math.rint(v) : v;
        }
        return x;
    }

    private static double[] sortedWindow(double[] x, int centre, int width) {
        int half = width / 2;
        double[] w = Arrays.copyOfRange(x, Math.max(0, centre - half), Math.min(x.length, centre + half + 1));
        Arrays.sort(w);
        return w;
    }

    /** pandas' default quantile: linear interpolation between the closest ranks. */
    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int below = (int) Math.floor(pos);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (pos - below) * (sorted[above] - sorted[below]);
    }
}
