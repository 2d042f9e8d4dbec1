package org.lacrima.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

class MinMaxDecimatorTest {

    /**
     * Whatever the signal: at most two points per bucket, in time order, every point a real sample
     * at its real time, and every bucket's extremes (so every spike) kept.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void keepsEveryBucketsExtremesInTimeOrder(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(200_000);
        int buckets = 100 + random.nextInt(5_000);
        double rate = 1 + random.nextInt(1000);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble() < 0.01 ? Double.NaN : random.nextGaussian() + (random.nextDouble() < 0.001 ? 50 : 0);
        }
        Channel channel = Channel.regular("x", ChannelType.ECG, "mV", rate, 2.5, Samples.copyOf(values));

        MinMaxDecimator.Points points = MinMaxDecimator.decimate(channel, buckets);

        assertThat(points.length()).isLessThanOrEqualTo(Math.max(n <= buckets ? n : 0, 2 * buckets + 2));
        for (int k = 1; k < points.length(); k++) {
            assertThat(points.timesSec()[k]).isGreaterThan(points.timesSec()[k - 1]);
        }
        for (int k = 0; k < points.length(); k++) {
            int index = (int) Math.round((points.timesSec()[k] - 2.5) * rate);
            assertThat(Math.abs(channel.timeOfSec(index) - points.timesSec()[k])).isLessThan(1e-9);
            assertThat(Double.compare(points.values()[k], values[index]) == 0
                    || Double.isNaN(points.values()[k])).isTrue();
        }
        double max = Arrays.stream(values).filter(Double::isFinite).max().orElse(Double.NaN);
        double min = Arrays.stream(values).filter(Double::isFinite).min().orElse(Double.NaN);
        double[] kept = Arrays.stream(points.values()).filter(Double::isFinite).toArray();
        if (Double.isFinite(max)) {
            assertThat(Arrays.stream(kept).max().orElseThrow()).isEqualTo(max);
            assertThat(Arrays.stream(kept).min().orElseThrow()).isEqualTo(min);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 99})
    void aShortSignalIsKeptWhole(int n) {
        double[] values = new double[n];
        Arrays.setAll(values, i -> i * 0.5);
        Channel channel = Channel.regular("x", ChannelType.EDA, "uS", 4, 0, Samples.copyOf(values));

        MinMaxDecimator.Points points = MinMaxDecimator.decimate(channel, 100);

        assertThat(points.values()).containsExactly(values);
        assertThat(points.timesSec()[n - 1]).isEqualTo((n - 1) / 4.0);
    }
}
