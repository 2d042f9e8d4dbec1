package org.lacrima.core.analysis;

import java.util.Arrays;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;

/**
 * One channel as it arrives in chunks. The first chunk is kept as is (a whole file arrives as one
 * chunk and is never copied); later chunks are appended to a growing copy.
 */
final class ChannelBuffer {
    private Channel whole;
    private double[] values;
    private double[] times;
    private int length;

    void append(Channel chunk) {
        if (chunk.length() == 0) {
            if (whole == null && values == null) {
                whole = chunk;
            }
            return;
        }
        if (whole == null && values == null) {
            whole = chunk;
            return;
        }
        if (values == null) {
            values = new double[Math.max(1024, whole.length() * 2)];
            times = whole.isRegular() ? null : new double[values.length];
            length = 0;
            appendSamples(whole);
        }
        appendSamples(chunk);
    }

    private void appendSamples(Channel chunk) {
        int n = chunk.length();
        if (length + n > values.length) {
            int capacity = Math.max(length + n, values.length * 2);
            values = Arrays.copyOf(values, capacity);
            if (times != null) {
                times = Arrays.copyOf(times, capacity);
            }
        }
        chunk.values().copyInto(values, length);
        if (times != null) {
            chunk.timesSec().copyInto(times, length);
        }
        length += n;
    }

    /** Number of samples held. */
    int length() {
        if (values == null) {
            return whole == null ? 0 : whole.length();
        }
        return length;
    }

    /** A copy of the values of samples {@code [from, to)}. */
    double[] values(int from, int to) {
        if (values == null) {
            return whole.values().slice(from, to).toArray();
        }
        return Arrays.copyOfRange(values, from, to);
    }

    /** The label, type and unit of the channel. */
    Channel first() {
        return whole;
    }

    /** Seconds from the recording start up to which this channel has data. */
    double endSec() {
        if (values == null) {
            return whole == null ? 0 : whole.endSec();
        }
        if (times != null) {
            return length == 0 ? 0 : times[length - 1];
        }
        return whole.startOffsetSec() + length / whole.rateHz();
    }

    /** The samples in {@code [fromSec, toSec)}: a view of a single chunk, else a copy of just that stretch. */
    Channel window(double fromSec, double toSec) {
        if (values == null) {
            return whole.slice(fromSec, toSec);
        }
        if (times == null) {
            double start = whole.startOffsetSec();
            int from = clamp((int) Math.ceil((fromSec - start) * whole.rateHz() - 1e-9));
            int to = Math.max(from, clamp((int) Math.ceil((toSec - start) * whole.rateHz() - 1e-9)));
            return Channel.regular(whole.label(), whole.type(), whole.unit(), whole.rateHz(),
                    start + from / whole.rateHz(), Samples.wrap(Arrays.copyOfRange(values, from, to)));
        }
        int from = lowerBound(fromSec);
        int to = Math.max(from, lowerBound(toSec));
        return Channel.irregular(whole.label(), whole.type(), whole.unit(),
                Samples.wrap(Arrays.copyOfRange(times, from, to)), Samples.wrap(Arrays.copyOfRange(values, from, to)));
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(length, index));
    }

    private int lowerBound(double sec) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < sec) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
