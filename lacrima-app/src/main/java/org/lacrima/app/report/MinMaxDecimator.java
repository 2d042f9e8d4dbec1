package org.lacrima.app.report;

import java.util.Arrays;
import org.lacrima.core.model.Channel;

/**
 * Shrinks a long signal for display by keeping, per bucket of consecutive samples, its minimum and
 * its maximum in time order. Unlike averaging or striding this keeps the envelope and every spike
 * (an R-wave, an artefact) visible at any zoom level the kept resolution allows.
 */
public final class MinMaxDecimator {

    /** Decimated points: times in seconds from the recording start, values ({@code NaN} = gap). */
    public record Points(double[] timesSec, double[] values) {
        public int length() {
            return timesSec.length;
        }
    }

    private MinMaxDecimator() {
    }

    /** At most {@code 2 * maxBuckets} points of {@code channel}; all of them if it is short enough. */
    public static Points decimate(Channel channel, int maxBuckets) {
        int n = channel.length();
        int bucket = Math.max(1, (int) Math.ceil(n / (double) maxBuckets));
        if (bucket == 1) {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = channel.timeOfSec(i);
            }
            return new Points(t, channel.values().toArray());
        }
        int buckets = (n + bucket - 1) / bucket;
        double[] t = new double[2 * buckets];
        double[] v = new double[2 * buckets];
        int k = 0;
        for (int from = 0; from < n; from += bucket) {
            int to = Math.min(n, from + bucket);
            int minAt = -1;
            int maxAt = -1;
            for (int i = from; i < to; i++) {
                double x = channel.values().get(i);
                if (Double.isNaN(x)) {
                    continue;
                }
                if (minAt < 0 || x < channel.values().get(minAt)) {
                    minAt = i;
                }
                if (maxAt < 0 || x > channel.values().get(maxAt)) {
                    maxAt = i;
                }
            }
            if (minAt < 0) {
                t[k] = channel.timeOfSec(from);
                v[k++] = Double.NaN;
                continue;
            }
            int first = Math.min(minAt, maxAt);
            int second = Math.max(minAt, maxAt);
            t[k] = channel.timeOfSec(first);
            v[k++] = channel.values().get(first);
            if (second != first) {
                t[k] = channel.timeOfSec(second);
                v[k++] = channel.values().get(second);
            }
        }
        return new Points(Arrays.copyOf(t, k), Arrays.copyOf(v, k));
    }
}
