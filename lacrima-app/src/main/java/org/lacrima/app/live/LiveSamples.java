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

/** Every sample of a live session so far, per declared channel, and the events: the recording as it grows. */
final class LiveSamples {
    private final List<ChannelInfo> channels;
    private final GridBuffer[] values;
    private final GridBuffer[] times;
    private final List<Event> events = new ArrayList<>();

    LiveSamples(List<ChannelInfo> channels) {
        this.channels = List.copyOf(channels);
        this.values = new GridBuffer[channels.size()];
        this.times = new GridBuffer[channels.size()];
        for (int i = 0; i < channels.size(); i++) {
            values[i] = new GridBuffer();
            times[i] = LiveChannels.isRegular(channels.get(i)) ? null : new GridBuffer();
        }
    }

    /** Time of the last sample of each irregular channel (-infinity before any; unused for regular ones). */
    double[] lastTimes() {
        double[] last = new double[channels.size()];
        for (int i = 0; i < last.length; i++) {
            last[i] = times[i] == null || times[i].length() == 0 ? Double.NEGATIVE_INFINITY
                    : times[i].get(times[i].length() - 1);
        }
        return last;
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
            if (times[i] == null) {
                piece.add(Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), values[i].length() / c.rateHz(),
                        Samples.wrap(v)));
            } else {
                double[] t = s == null ? new double[0] : s.timesSec();
                piece.add(Channel.irregular(c.label(), c.type(), c.unit(), Samples.wrap(t), Samples.wrap(v)));
                for (double x : t) {
                    times[i].add(x);
                }
            }
            for (double x : v) {
                values[i].add(x);
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
            if (times[i] == null) {
                end = Math.max(end, values[i].length() / channels.get(i).rateHz());
            } else if (times[i].length() > 0) {
                end = Math.max(end, times[i].get(times[i].length() - 1));
            }
        }
        return end;
    }

    /** The whole session as a recording. */
    Recording recording(RecordingMetadata metadata) {
        List<Channel> all = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelInfo c = channels.get(i);
            all.add(times[i] == null
                    ? Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), 0, values[i].snapshot())
                    : Channel.irregular(c.label(), c.type(), c.unit(), times[i].snapshot(), values[i].snapshot()));
        }
        return new Recording(metadata, all, events);
    }
}
