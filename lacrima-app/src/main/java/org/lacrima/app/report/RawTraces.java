package org.lacrima.app.report;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.RecordingHeader;

/**
 * The raw signals a report draws, each channel min/max-decimated ({@link MinMaxDecimator}) as its samples go by: from
 * a whole recording, or chunk by chunk while a recording read in chunks is analysed, holding only the plots' points.
 */
public final class RawTraces {
    /**
     * One channel as the report draws it.
     *
     * @param rateHz sampling rate in hertz ({@code NaN} for an irregular channel)
     * @param length samples in the whole channel
     */
    record Trace(String label, ChannelType type, String unit, double rateHz, boolean regular, long length,
                 MinMaxDecimator.Points points) {
    }

    private record Collecting(Channel first, MinMaxDecimator decimator) {
    }

    private final int buckets;
    private final List<Collecting> channels = new ArrayList<>();

    /** Collects nothing yet: give it the chunks with {@link #accept}. */
    public RawTraces(ReportOptions options) {
        this.buckets = options.rawDetailBuckets();
    }

    /** The traces of a whole recording. */
    public static RawTraces of(Recording recording, ReportOptions options) {
        RawTraces traces = new RawTraces(options);
        for (Channel channel : recording.channels()) {
            traces.start(channel, channel.length());
        }
        traces.add(recording);
        return traces;
    }

    /**
     * Adds the next chunk of a recording read in chunks; the first chunk sets the channels, and {@code header} their
     * expected lengths (so the points are those of the whole recording; see {@link MinMaxDecimator}).
     */
    public void accept(RecordingHeader header, Recording chunk) {
        if (channels.isEmpty()) {
            for (Channel channel : chunk.channels()) {
                start(channel, channel.isRegular() && Double.isFinite(header.durationSec())
                        ? Math.round(header.durationSec() * channel.rateHz()) : 0);
            }
        }
        add(chunk);
    }

    private void start(Channel channel, long expectedLength) {
        channels.add(new Collecting(channel, new MinMaxDecimator(expectedLength, buckets)));
    }

    private void add(Recording part) {
        List<Channel> parts = part.channels();
        if (parts.size() != channels.size()) {
            throw new IllegalStateException("a chunk of " + parts.size() + " channels after " + channels.size());
        }
        for (int i = 0; i < parts.size(); i++) {
            channels.get(i).decimator().add(parts.get(i));
        }
    }

    /** Every channel's trace, in the recording's order. */
    List<Trace> traces() {
        return channels.stream().map(c -> new Trace(c.first().label(), c.first().type(), c.first().unit(),
                c.first().rateHz(), c.first().isRegular(), c.decimator().length(), c.decimator().points())).toList();
    }
}
