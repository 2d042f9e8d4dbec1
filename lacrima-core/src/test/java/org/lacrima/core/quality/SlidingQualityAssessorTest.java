package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/**
 * Windows sliding forward over one channel, as a live feed's blocks read them, get from the chunk summaries exactly the
 * mask that assessing each window whole gives: dropouts, implausible values, flat lines and clipping of random lengths
 * and places (cut by the windows' edges too), on EDA in µS (range checked) and respiration (no range), values on a
 * coarse grid so that they repeat as a 16-bit recording's do.
 */
class SlidingQualityAssessorTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void slidingWindowsGetTheWholeWindowsMask(long seed) {
        Random rnd = new Random(seed);
        boolean eda = rnd.nextBoolean();
        double rate = eda ? 4 + rnd.nextInt(60) : 25 + rnd.nextInt(75);
        double startSec = rnd.nextDouble() * 3;
        double[] x = signal(rnd, (int) (900 * rate), rate);
        Channel channel = eda ? Channel.regular("EDA", ChannelType.EDA, "uS", rate, startSec, Samples.wrap(x))
                : Channel.regular("RSP", ChannelType.RSP, "a.u.", rate, startSec, Samples.wrap(x));
        SlidingQualityAssessor sliding = new SlidingQualityAssessor();
        SignalQualityAssessor whole = new SignalQualityAssessor();
        int windows = 0;
        for (double from = startSec - 5; from < startSec + 900; from += 1 + 20 * rnd.nextDouble()) {
            Channel window = channel.slice(from, from + 20 + 160 * rnd.nextDouble());
            assertThat(sliding.assess(window)).as("window from %.2f s", from).isEqualTo(whole.assess(window));
            windows++;
        }
        assertThat(windows).isGreaterThan(40);
    }

    /** A slow wave on a 0.05 grid with defects: NaN runs, flat lines, plateaus at high and low values, outliers. */
    private static double[] signal(Random rnd, int n, double rate) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.rint((5 + 2 * Math.sin(i / rate / 7) + 0.05 * rnd.nextGaussian()) * 20) / 20;
        }
        for (int d = 0; d < 25; d++) {
            int at = rnd.nextInt(n);
            int len = (int) (rate * (rnd.nextBoolean() ? 0.1 + 2 * rnd.nextDouble() : 3 + 15 * rnd.nextDouble()));
            double value = switch (rnd.nextInt(6)) {
                case 0 -> Double.NaN;
                case 1 -> 9.5;
                case 2 -> 0.5;
                case 3 -> rnd.nextBoolean() ? -1 : 150;
                case 4 -> 0.0;
                default -> x[at];
            };
            for (int i = at; i < Math.min(n, at + len); i++) {
                x[i] = value;
            }
        }
        return x;
    }
}
