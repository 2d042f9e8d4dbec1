package org.lacrima.core.analysis;

import java.util.Arrays;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;

/**
 * One channel as it arrives in chunks. The first chunk is kept as is (a whole file arrives as one
 * chunk and is never copied); later chunks are appended to a growing copy. Samples the analysis no
 * longer needs can be discarded ({@link #discardBefore}), so a long stream is held only for the
 * analysis window; sample indices stay those of the whole channel.
 *
 * <p>Windows are views, not copies: a sample once held is never overwritten (appending writes after the
 * held samples, discarding only moves the start, and room is made in a new array), so a window stays valid
 * after later chunks. A live feed asked for its windows' 30,000 or so samples every block, a copy each.
 */
final class ChannelBuffer {
    private Channel whole;
    /** The first chunk, kept for the channel's label, type, unit, rate and first sample once copied. */
    private Channel head;
    private double[] values;
    private double[] times;
    /** Index in {@link #values} of the first sample held. */
    private int start;
    /** Samples held in {@link #values} from {@link #start}. */
    private int length;
    /** Samples discarded before the first one held. */
    private long discarded;

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
            copyWhole(Math.max(1024, whole.length() * 2));
        }
        appendSamples(chunk);
    }

    private void copyWhole(int capacity) {
        head = whole;
        values = new double[Math.max(capacity, whole.length())];
        times = whole.isRegular() ? null : new double[values.length];
        start = 0;
        length = 0;
        appendSamples(whole);
    }

    private void appendSamples(Channel chunk) {
        int n = chunk.length();
        if (start + length + n > values.length) {
            // a new array half as large again as what it holds, so a long stream's buffer stays close to its window
            // and the arrays that earlier windows view are left as they are
            int capacity = length + n + (length + n) / 2;
            values = Arrays.copyOfRange(values, start, start + capacity);
            if (times != null) {
                times = Arrays.copyOfRange(times, start, start + capacity);
            }
            start = 0;
        }
        chunk.values().copyInto(values, start + length);
        if (times != null) {
            chunk.timesSec().copyInto(times, start + length);
        }
        length += n;
    }

    /**
     * Whether the samples are held in a copy that {@link #discardBefore} can shrink; a single chunk is a
     * view of the caller's channel (a whole file fed at once), which discarding would not free.
     */
    boolean copied() {
        return values != null;
    }

    /**
     * Drops the samples before {@code sec} (seconds from the recording start) from the copy; the ones from
     * there on are kept. Indices of the samples kept do not change. Nothing happens unless {@link #copied()}.
     */
    void discardBefore(double sec) {
        if (values == null) {
            return;
        }
        int drop = (int) Math.min(length, Math.max(0, indexAtOrAfter(sec) - discarded));
        if (drop == 0) {
            return;
        }
        start += drop;
        length -= drop;
        discarded += drop;
    }

    /** Index (in the whole channel) of the first sample at or after {@code sec}. */
    private long indexAtOrAfter(double sec) {
        if (times == null) {
            Channel h = first();
            return (long) Math.max(0, Math.ceil((sec - h.startOffsetSec()) * h.rateHz() - 1e-9));
        }
        return discarded + lowerBound(sec);
    }

    /** Number of samples received (held or discarded). */
    long length() {
        if (values == null) {
            return whole == null ? 0 : whole.length();
        }
        return discarded + length;
    }

    /** Number of samples held (received and not discarded). */
    long held() {
        return length() - discarded;
    }

    /** A copy of the values of samples {@code [from, to)} (indices in the whole channel; none discarded). */
    double[] values(long from, long to) {
        if (values == null) {
            return whole.values().slice((int) from, (int) to).toArray();
        }
        return Arrays.copyOfRange(values, start + (int) (from - discarded), start + (int) (to - discarded));
    }

    /** The first chunk: the label, type, unit and rate of the channel, and its first sample. */
    Channel first() {
        return head != null ? head : whole;
    }

    /** Seconds from the recording start up to which this channel has data. */
    double endSec() {
        if (values == null) {
            return whole == null ? 0 : whole.endSec();
        }
        if (times != null) {
            return length == 0 ? 0 : times[start + length - 1];
        }
        Channel h = first();
        return h.startOffsetSec() + (discarded + length) / h.rateHz();
    }

    /** The samples held in {@code [fromSec, toSec)}: a view of a single chunk or of the copy. */
    Channel window(double fromSec, double toSec) {
        if (values == null) {
            return whole.slice(fromSec, toSec);
        }
        Channel h = first();
        if (times == null) {
            double offset = h.startOffsetSec();
            int from = clamp(Math.ceil((fromSec - offset) * h.rateHz() - 1e-9) - discarded);
            int to = Math.max(from, clamp(Math.ceil((toSec - offset) * h.rateHz() - 1e-9) - discarded));
            return Channel.regular(h.label(), h.type(), h.unit(), h.rateHz(),
                    offset + (discarded + from) / h.rateHz(), Samples.wrap(values).slice(start + from, start + to));
        }
        int from = lowerBound(fromSec);
        int to = Math.max(from, lowerBound(toSec));
        return Channel.irregular(h.label(), h.type(), h.unit(),
                Samples.wrap(times).slice(start + from, start + to), Samples.wrap(values).slice(start + from, start + to));
    }

    private int clamp(double index) {
        return (int) Math.max(0, Math.min(length, index));
    }

    private int lowerBound(double sec) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[start + mid] < sec) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
