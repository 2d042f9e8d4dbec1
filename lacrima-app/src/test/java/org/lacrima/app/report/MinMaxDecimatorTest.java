package org.lacrima.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    /**
     * Chunks of any size give the points of the whole channel when its length is known up front: the same values, at
     * the same times (to rounding: a chunk's times count from its own start).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void chunksOfAKnownLengthGiveThePointsOfTheWholeChannel(long seed) {
        Random random = new Random(seed);
        Channel channel = randomChannel(random, 1 + random.nextInt(100_000));
        int buckets = 100 + random.nextInt(3_000);

        MinMaxDecimator chunked = new MinMaxDecimator(channel.length(), buckets);
        addInChunks(chunked, channel, random);

        MinMaxDecimator.Points whole = MinMaxDecimator.decimate(channel, buckets);
        assertThat(chunked.points().values()).containsExactly(whole.values());
        assertThat(chunked.points().timesSec()).containsExactly(whole.timesSec(), within(1e-9));
    }

    /**
     * Without the length (or with too low a guess), buckets merge in pairs as the channel grows: never more than
     * {@code maxBuckets + 2} of them, and the points are those of the whole channel cut into buckets that long.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void anUnknownLengthMergesBucketsInPairs(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(100_000);
        Channel channel = randomChannel(random, n);
        int buckets = 100 + random.nextInt(3_000);

        MinMaxDecimator chunked = new MinMaxDecimator(random.nextBoolean() ? 0 : n / 3, buckets);
        addInChunks(chunked, channel, random);

        assertThat(chunked.length()).isEqualTo(n);
        long bucket = chunked.bucketLength();
        assertThat((n + bucket - 1) / bucket).isLessThanOrEqualTo(buckets + 2);
        double[] expected = bucketExtremes(channel, (int) bucket);
        assertThat(chunked.points().values()).containsExactly(expected);
    }

    /** The definition: per bucket, its first minimum and first maximum in time order (one if the same sample). */
    private static double[] bucketExtremes(Channel channel, int bucket) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (int from = 0; from < channel.length(); from += bucket) {
            int to = Math.min(channel.length(), from + bucket);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                double x = channel.values().get(i);
                if (!Double.isNaN(x)) {
                    lo = lo < 0 || x < channel.values().get(lo) ? i : lo;
                    hi = hi < 0 || x > channel.values().get(hi) ? i : hi;
                }
            }
            if (lo < 0) {
                out.add(Double.NaN);
                continue;
            }
            out.add(channel.values().get(Math.min(lo, hi)));
            if (lo != hi) {
                out.add(channel.values().get(Math.max(lo, hi)));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Channel randomChannel(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble() < 0.01 ? Double.NaN : random.nextInt(3) == 0 ? random.nextInt(4)
                    : random.nextGaussian();
        }
        return Channel.regular("x", ChannelType.ECG, "mV", 1 + random.nextInt(1000), 2.5, Samples.copyOf(values));
    }

    private static void addInChunks(MinMaxDecimator decimator, Channel channel, Random random) {
        int from = 0;
        while (from < channel.length()) {
            int to = Math.min(channel.length(), from + 1 + random.nextInt(20_000));
            double[] part = new double[to - from];
            for (int i = from; i < to; i++) {
                part[i - from] = channel.values().get(i);
            }
            decimator.add(Channel.regular("x", ChannelType.ECG, "mV", channel.rateHz(), channel.timeOfSec(from),
                    Samples.copyOf(part)));
            from = to;
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
