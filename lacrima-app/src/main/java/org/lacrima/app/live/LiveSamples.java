package org.lacrima.app.live;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelInfo;

/**
 * Where a live session's channels stand (samples per channel, last beat time, events) and turns each
 * chunk into a recording piece on the session's time axis. While live it keeps no samples (the journal
 * and the analyzer hold them); built {@link #keeping()} from the journal, it holds the whole recording
 * to store.
 */
final class LiveSamples {
    private final List<ChannelInfo> channels;
    private final long[] counts;
    private final double[] lastTimes;
    private final GridBuffer[] values;
    private final GridBuffer[] times;
    private final List<Event> events = new ArrayList<>();

    private LiveSamples(List<ChannelInfo> channels, boolean keep) {
        this.channels = List.copyOf(channels);
        this.counts = new long[channels.size()];
        this.lastTimes = new double[channels.size()];
        java.util.Arrays.fill(lastTimes, Double.NEGATIVE_INFINITY);
        this.values = keep ? new GridBuffer[channels.size()] : null;
        this.times = keep ? new GridBuffer[channels.size()] : null;
        for (int i = 0; keep && i < channels.size(); i++) {
            values[i] = new GridBuffer();
            times[i] = LiveChannels.isRegular(channels.get(i)) ? null : new GridBuffer();
        }
    }

    /** Positions only, for a session being received. */
    static LiveSamples counting(List<ChannelInfo> channels) {
        return new LiveSamples(channels, false);
    }

    /** Every sample, for the recording to store. */
    static LiveSamples keeping(List<ChannelInfo> channels) {
        return new LiveSamples(channels, true);
    }

    /** Time of the last sample of each irregular channel (-infinity before any; unused for regular ones). */
    double[] lastTimes() {
        return lastTimes.clone();
    }

    /**
     * Appends a checked chunk and returns it as a recording piece on the session's time axis: every
     * declared channel, empty where the chunk had nothing for it.
     */
    Recording append(LiveChunk chunk) {
        LiveChunk.ChannelSamples[] byChannel = new LiveChunk.ChannelSamples[channels.size()];
        for (LiveChunk.ChannelSamples s : chunk.samples()) {
            byChannel[s.channel()] = s;
        }
        List<Channel> piece = new ArrayList<>(channels.size());
        for (int i = 0; i < channels.size(); i++) {
            ChannelInfo c = channels.get(i);
            LiveChunk.ChannelSamples s = byChannel[i];
            double[] v = s == null ? new double[0] : s.values();
            if (LiveChannels.isRegular(c)) {
                piece.add(Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), counts[i] / c.rateHz(),
                        Samples.wrap(v)));
            } else {
                double[] t = s == null ? new double[0] : s.timesSec();
                piece.add(Channel.irregular(c.label(), c.type(), c.unit(), Samples.wrap(t), Samples.wrap(v)));
                if (t.length > 0) {
                    lastTimes[i] = t[t.length - 1];
                }
                if (times != null) {
                    for (double x : t) {
                        times[i].add(x);
                    }
                }
            }
            counts[i] += v.length;
            if (values != null) {
                for (double x : v) {
                    values[i].add(x);
                }
            }
        }
        events.addAll(chunk.events());
        return new Recording(RecordingMetadata.of("live"), piece, chunk.events());
    }

    void addEvent(Event e) {
        events.add(e);
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** Seconds up to which samples were received (the longest channel). */
    double endSec() {
        double end = 0;
        for (int i = 0; i < channels.size(); i++) {
            end = Math.max(end, channelEndSec(i));
        }
        return end;
    }

    /**
     * The channels whose samples end more than {@code afterSec} before the freshest channel's: a sensor lost or a
     * stream stopped, shown on the page (the live analysis no longer waits for them either).
     */
    List<LiveUpdate.SilentChannel> silent(double afterSec) {
        double end = endSec();
        List<LiveUpdate.SilentChannel> silent = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            double channelEnd = channelEndSec(i);
            if (channelEnd < end - afterSec) {
                silent.add(new LiveUpdate.SilentChannel(channels.get(i).label(), Math.max(0, channelEnd)));
            }
        }
        return silent;
    }

    /** End of channel {@code i}'s samples so far: its sample count over its rate, or its last beat's time. */
    private double channelEndSec(int i) {
        return LiveChannels.isRegular(channels.get(i)) ? counts[i] / channels.get(i).rateHz() : lastTimes[i];
    }

    /** The whole session as a recording (only when {@link #keeping()}). */
    Recording recording(RecordingMetadata metadata) {
        if (values == null) {
            throw new IllegalStateException("these samples were counted, not kept");
        }
        List<Channel> all = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelInfo c = channels.get(i);
            all.add(times[i] == null
                    ? Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), 0, values[i].snapshot())
                    : Channel.irregular(c.label(), c.type(), c.unit(), times[i].snapshot(), values[i].snapshot()));
        }
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparingDouble(Event::onsetSec));
        return new Recording(metadata, all, sorted);
    }
}
