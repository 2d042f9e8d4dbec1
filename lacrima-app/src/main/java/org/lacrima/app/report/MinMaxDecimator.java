package org.lacrima.app.report;

import java.util.Arrays;
import org.lacrima.core.model.Channel;

/**
 * Shrinks a long signal for display by keeping, per bucket of consecutive samples, its minimum and
 * its maximum in time order. Unlike averaging or striding this keeps the envelope and every spike
 * (an R-wave, an artefact) visible at any zoom level the kept resolution allows.
 *
 * <p>Works on a whole channel ({@link #decimate}) or on a channel arriving in chunks ({@link #add}), holding only
 * its buckets: a report of a recording read in chunks needs no more memory than its plots. Given the channel's
 * length up front, the chunks give exactly the points the whole channel gives; when the channel turns out longer
 * (or its length is not known), neighbouring buckets are merged in pairs, which is what decimating with buckets
 * twice as long gives, so there are never more than {@code maxBuckets + 2} buckets.
 */
public final class MinMaxDecimator {

    /** Decimated points: times in seconds from the recording start, values ({@code NaN} = gap). */
    public record Points(double[] timesSec, double[] values) {
        public int length() {
            return timesSec.length;
        }
    }

    private final int maxBuckets;
    /** Samples per bucket. */
    private long bucket;
    /** Samples added so far. */
    private long seen;
    /** Closed buckets: time of the first sample; minimum and maximum with their sample index, time and value. */
    private int closed;
    private double[] firstSec;
    private long[] minAt;
    private long[] maxAt;
    private double[] minSec;
    private double[] maxSec;
    private double[] minValue;
    private double[] maxValue;
    /** The open bucket, the same fields ({@code openMinAt < 0}: no finite sample in it yet). */
    private double openFirstSec;
    private long openMinAt = -1;
    private long openMaxAt = -1;
    private double openMinSec;
    private double openMaxSec;
    private double openMinValue;
    private double openMaxValue;

    /**
     * A decimator for a channel of about {@code expectedLength} samples (0 or less if not known).
     *
     * @param maxBuckets buckets kept; each gives one or two points
     */
    public MinMaxDecimator(long expectedLength, int maxBuckets) {
        if (maxBuckets < 2) {
            throw new IllegalArgumentException("maxBuckets must be at least 2, got " + maxBuckets);
        }
        this.maxBuckets = maxBuckets;
        this.bucket = Math.max(1, (expectedLength + maxBuckets - 1) / maxBuckets);
        int capacity = maxBuckets + 2;
        firstSec = new double[capacity];
        minAt = new long[capacity];
        maxAt = new long[capacity];
        minSec = new double[capacity];
        maxSec = new double[capacity];
        minValue = new double[capacity];
        maxValue = new double[capacity];
    }

    /** At most {@code 2 * maxBuckets} points of {@code channel}; all of them if it is short enough. */
    public static Points decimate(Channel channel, int maxBuckets) {
        MinMaxDecimator decimator = new MinMaxDecimator(channel.length(), maxBuckets);
        decimator.add(channel);
        return decimator.points();
    }

    /** Adds the samples of {@code chunk}, the next part of the channel (times from the recording start). */
    public void add(Channel chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            add(chunk.timeOfSec(i), chunk.values().get(i));
        }
    }

    /** Samples added so far. */
    public long length() {
        return seen;
    }

    /** Samples per bucket now: from the expected length, doubled at each merge. */
    public long bucketLength() {
        return bucket;
    }

    private void add(double sec, double x) {
        if (seen % bucket == 0) {
            openFirstSec = sec;
        }
        if (!Double.isNaN(x)) {
            // the first of equal extremes is kept, as a scan in time order finds it
            if (openMinAt < 0 || x < openMinValue) {
                openMinAt = seen;
                openMinSec = sec;
                openMinValue = x;
            }
            if (openMaxAt < 0 || x > openMaxValue) {
                openMaxAt = seen;
                openMaxSec = sec;
                openMaxValue = x;
            }
        }
        seen++;
        if (seen % bucket == 0) {
            close();
        }
    }

    private void close() {
        store(closed++);
        openMinAt = -1;
        openMaxAt = -1;
        if (closed > maxBuckets && closed % 2 == 0) {
            mergePairs();
        }
    }

    /** Copies the open bucket into slot {@code k} (there is room for one more than the closed buckets). */
    private void store(int k) {
        firstSec[k] = openFirstSec;
        minAt[k] = openMinAt;
        maxAt[k] = openMaxAt;
        minSec[k] = openMinSec;
        maxSec[k] = openMaxSec;
        minValue[k] = openMinValue;
        maxValue[k] = openMaxValue;
    }

    /** Buckets twice as long: each pair of closed buckets becomes one. */
    private void mergePairs() {
        for (int k = 0; k < closed / 2; k++) {
            int a = 2 * k;
            int b = a + 1;
            firstSec[k] = firstSec[a];
            boolean bMin = minAt[b] >= 0 && (minAt[a] < 0 || minValue[b] < minValue[a]);
            minAt[k] = bMin ? minAt[b] : minAt[a];
            minSec[k] = bMin ? minSec[b] : minSec[a];
            minValue[k] = bMin ? minValue[b] : minValue[a];
            boolean bMax = maxAt[b] >= 0 && (maxAt[a] < 0 || maxValue[b] > maxValue[a]);
            maxAt[k] = bMax ? maxAt[b] : maxAt[a];
            maxSec[k] = bMax ? maxSec[b] : maxSec[a];
            maxValue[k] = bMax ? maxValue[b] : maxValue[a];
        }
        closed /= 2;
        bucket *= 2;
    }

    /** The points of the samples added so far. */
    public Points points() {
        int buckets = closed;
        if (seen % bucket != 0) {
            store(buckets++);
        }
        double[] t = new double[2 * buckets];
        double[] v = new double[2 * buckets];
        int n = 0;
        for (int k = 0; k < buckets; k++) {
            if (minAt[k] < 0) {
                // no finite sample: a gap at the bucket's start
                t[n] = firstSec[k];
                v[n++] = Double.NaN;
                continue;
            }
            boolean minFirst = minAt[k] <= maxAt[k];
            t[n] = minFirst ? minSec[k] : maxSec[k];
            v[n++] = minFirst ? minValue[k] : maxValue[k];
            if (minAt[k] != maxAt[k]) {
                t[n] = minFirst ? maxSec[k] : minSec[k];
                v[n++] = minFirst ? maxValue[k] : minValue[k];
            }
        }
        return new Points(Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }
}
