package org.lacrima.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/**
 * A live channel fed with a stretch no longer held (a sensor silent longer than the live view waited, back with later
 * samples): the working feed takes the stretch as a dropout, exactly as if the samples had arrived as {@code NaN}.
 */
class WorkingFeedGapTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aStretchNeverFedIsADropoutAsIfItsSamplesWereMissing(long seed) {
        Random r = new Random(seed);
        double rateHz = new double[] {4, 25, 32, 100}[r.nextInt(4)];
        int n = (int) (rateHz * (200 + r.nextInt(200)));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5 + Math.sin(i / (rateHz * 7)) + 0.1 * r.nextGaussian();
        }
        int gapFrom = n / 4 + r.nextInt(n / 4);
        int gapTo = gapFrom + 1 + r.nextInt(n / 3);

        WorkingFeed skipping = new WorkingFeed(4);
        skipping.feed(channel(x, 0, gapFrom, rateHz), Double.POSITIVE_INFINITY, List.of());
        skipping.feed(channel(x, gapTo, n, rateHz), Double.POSITIVE_INFINITY, List.of());

        double[] missing = x.clone();
        java.util.Arrays.fill(missing, gapFrom, gapTo, Double.NaN);
        WorkingFeed whole = new WorkingFeed(4);
        whole.feed(channel(missing, 0, gapFrom, rateHz), Double.POSITIVE_INFINITY, List.of());
        whole.feed(channel(missing, gapFrom, n, rateHz), Double.POSITIVE_INFINITY, List.of());

        assertThat(skipping.means().end()).isEqualTo(whole.means().end());
        assertThat(skipping.values().end()).isEqualTo(whole.values().end()).isPositive();
        for (int i = 0; i < whole.means().end(); i++) {
            assertThat(Double.valueOf(skipping.means().get(i))).as("block mean %d", i)
                    .isEqualTo(Double.valueOf(whole.means().get(i)));
        }
        for (int i = 0; i < whole.values().end(); i++) {
            assertThat(skipping.values().get(i)).as("working value %d", i).isEqualTo(whole.values().get(i));
        }
    }

    private static Channel channel(double[] x, int from, int to, double rateHz) {
        return Channel.regular("EDA", ChannelType.EDA, "uS", rateHz, from / rateHz,
                Samples.wrap(java.util.Arrays.copyOfRange(x, from, to)));
    }
}
