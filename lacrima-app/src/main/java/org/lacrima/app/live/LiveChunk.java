package org.lacrima.app.live;

import java.util.List;
import org.lacrima.core.model.Event;

/**
 * One numbered piece of a live stream: samples for some of the declared channels and events.
 *
 * @param seq     sequence number, counting from 0 without gaps over the whole session
 * @param samples per channel, the samples that continue it
 * @param events  events whose onset lies in this piece (seconds from the session start)
 */
public record LiveChunk(long seq, List<ChannelSamples> samples, List<Event> events) {
    public LiveChunk {
        samples = List.copyOf(samples);
        events = List.copyOf(events);
    }

    /**
     * Samples of one declared channel.
     *
     * @param channel  index of the channel in the session's declaration
     * @param values   sample values in the channel's unit
     * @param timesSec per-sample times in seconds from the session start for irregular channels (RR), else null
     */
    public record ChannelSamples(int channel, double[] values, double[] timesSec) {
    }
}
