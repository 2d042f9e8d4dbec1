package org.lacrima.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Samples;

/**
 * The screen counts the samples on a signal's extremes in the pass that finds them: the verdict is the one of counting
 * them afterwards, for signals clipped around the 10 % limit, with NaN, infinities and signed zeros.
 */
class SignalScreenTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void clippingIsJudgedOnTheSamplesAtTheExtremes(long seed) {
        Random rnd = new Random(seed);
        int n = 2000 + rnd.nextInt(3000);
        double rail = new double[] {0.0, 1.5, 3.5}[rnd.nextInt(3)];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = Math.rint(rnd.nextGaussian() * 20) / 20;
            x[i] = switch (rnd.nextInt(40)) {
                case 0, 1, 2 -> rail;
                case 3 -> rail == 0 ? -0.0 : -rail;
                case 4 -> Double.NaN;
                case 5 -> Double.POSITIVE_INFINITY;
                default -> Math.max(-rail, Math.min(rail, v));
            };
        }
        double[] finite = DoubleStream.of(x).filter(Double::isFinite).toArray();
        double min = DoubleStream.of(finite).min().orElseThrow();
        double max = DoubleStream.of(finite).max().orElseThrow();
        long atRail = DoubleStream.of(finite).filter(v -> v == min || v == max).count();
        double fraction = (double) atRail / finite.length;

        SignalScreen screen = SignalScreen.of("ECG", Samples.wrap(x), 250, 100, 2);

        if (max == min) {
            assertThat(screen.reason()).isEqualTo("ECG is flat");
        } else if (fraction > SignalScreen.CLIPPED_FRACTION) {
            assertThat(screen.reason()).isEqualTo(String.format(Locale.ROOT,
                    "ECG is clipped: %.0f %% of samples at its extreme values", 100 * fraction));
        } else {
            assertThat(screen.usable()).isTrue();
        }
    }
}
