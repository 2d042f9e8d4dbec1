package org.lacrima.io;

import java.util.List;
import org.lacrima.core.model.RecordingMetadata;

/**
 * What a stream knows about a recording before delivering samples.
 *
 * @param metadata    start time, source and subject
 * @param channels    the channels every chunk carries, in file order
 * @param durationSec expected duration in seconds, {@code NaN} if the file does not say
 */
public record RecordingHeader(RecordingMetadata metadata, List<ChannelInfo> channels, double durationSec) {
    public RecordingHeader {
        channels = List.copyOf(channels);
    }
}
