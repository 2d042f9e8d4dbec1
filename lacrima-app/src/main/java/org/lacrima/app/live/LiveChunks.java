package org.lacrima.app.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelInfo;

/** Turns a recording, piece by piece, into the live protocol's hello and chunks (for replays). */
public final class LiveChunks {
    private LiveChunks() {
    }

    /** The channels of a recording that can travel live: regular ones and RR intervals. */
    public static List<ChannelInfo> streamable(List<ChannelInfo> channels) {
        return channels.stream().filter(c -> LiveChannels.isRegular(c) || c.type() == ChannelType.RR).toList();
    }

    /** The same for a recording in memory. */
    public static List<ChannelInfo> streamableOf(Recording recording) {
        return streamable(recording.channels().stream()
                .map(c -> new ChannelInfo(c.label(), c.type(), c.unit(), c.rateHz())).toList());
    }

    /** The hello declaring these channels, and where the accelerometer is worn when that is known. */
    public static String hello(List<ChannelInfo> channels, BodySite accelerometerSite) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "hello");
        m.put("channels", channels.stream().map(LiveChunks::declaration).toList());
        if (accelerometerSite != BodySite.UNKNOWN) {
            m.put("accelerometerSite", accelerometerSite.word());
        }
        return LiveSession.json(m);
    }

    /** One channel as the hello (and the server's ready) declares it. */
    static Map<String, Object> declaration(ChannelInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", c.label());
        m.put("type", c.type().name());
        m.put("unit", c.unit());
        m.put("rateHz", LiveChannels.isRegular(c) ? c.rateHz() : null);
        return m;
    }

    /** One piece of a recording (consecutive to the previous one) as chunk {@code seq}. */
    public static LiveChunk chunk(long seq, Recording piece, List<ChannelInfo> channels) {
        List<LiveChunk.ChannelSamples> samples = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            Channel c = piece.channel(channels.get(i).label()).orElse(null);
            if (c == null || c.length() == 0) {
                continue;
            }
            samples.add(new LiveChunk.ChannelSamples(i, c.values().toArray(),
                    c.isRegular() ? null : c.timesSec().toArray()));
        }
        return new LiveChunk(seq, samples, piece.events());
    }
}
