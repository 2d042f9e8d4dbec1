package org.lacrima.io;

import java.util.List;
import java.util.NoSuchElementException;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;

/**
 * A stream over a recording already in memory, for formats whose files are small (E4, Polar, RR
 * lists): chunks are zero-copy slices, each event and beat delivered in the chunk holding its onset.
 */
public final class SlicingRecordingStream implements RecordingStream {
    private final Recording recording;
    private final List<String> warnings;
    private final RecordingHeader header;
    private final double start;
    private final double end;
    private double next;

    public SlicingRecordingStream(ReadResult result) {
        this.recording = result.recording();
        this.warnings = result.warnings();
        this.header = new RecordingHeader(recording.metadata(), recording.channels().stream()
                .map(c -> new ChannelInfo(c.label(), c.type(), c.unit(), c.rateHz())).toList(),
                recording.durationSec());
        this.start = Math.min(0, recording.channels().stream().mapToDouble(c -> c.length() == 0 ? 0 : c.timeOfSec(0))
                .min().orElse(0));
        this.end = Math.max(recording.durationSec(), recording.events().stream().mapToDouble(Event::onsetSec)
                .max().orElse(0) + 1e-9);
        this.next = start;
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        return next < end;
    }

    @Override
    public Recording next(double chunkSec) {
        if (!hasNext()) {
            throw new NoSuchElementException("recording exhausted");
        }
        if (!(chunkSec > 0)) {
            throw new IllegalArgumentException("chunk length must be positive, got " + chunkSec);
        }
        double from = next;
        double to = Math.min(end, from + chunkSec);
        boolean last = to >= end;
        double sliceTo = last ? Double.POSITIVE_INFINITY : to;
        List<Channel> channels = recording.channels().stream().map(c -> c.slice(from, sliceTo)).toList();
        List<Event> events = recording.events().stream()
                .filter(e -> e.onsetSec() >= from && e.onsetSec() < sliceTo || from == start && e.onsetSec() < from)
                .toList();
        List<BeatAnnotation> beats = recording.referenceBeats().stream()
                .filter(b -> b.timeSec() >= from && b.timeSec() < sliceTo).toList();
        next = to;
        return new Recording(recording.metadata(), channels, events, beats);
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
