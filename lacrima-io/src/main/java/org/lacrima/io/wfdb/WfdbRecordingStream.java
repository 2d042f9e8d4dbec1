package org.lacrima.io.wfdb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.RecordingHeader;
import org.lacrima.io.RecordingStream;

/** Delivers a WFDB record in chunks of whole frames (multiples of six, for packed formats). */
final class WfdbRecordingStream implements RecordingStream {
    private final WfdbRecord rec;
    private final RecordingHeader header;
    private long next;

    WfdbRecordingStream(WfdbRecord rec) {
        this.rec = rec;
        this.header = new RecordingHeader(rec.metadata(), rec.channels(), rec.frames() / rec.header().frameRateHz());
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        return next < rec.frames();
    }

    @Override
    public Recording next(double chunkSec) throws IOException {
        if (!hasNext()) {
            throw new NoSuchElementException("no more frames");
        }
        double fs = rec.header().frameRateHz();
        int wanted = WfdbSignalFile.alignFrames((int) Math.min(Integer.MAX_VALUE / 64, Math.round(chunkSec * fs)));
        int count = (int) Math.min(wanted, rec.frames() - next);
        List<WfdbSignalSpec> specs = rec.header().signals();
        double[][] data = new double[specs.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = new double[count * specs.get(i).samplesPerFrame()];
        }
        rec.decode(next, count, data, 0);
        double from = next / fs;
        double to = (next + count) / fs;
        boolean last = next + count >= rec.frames();
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            ChannelInfo c = header.channels().get(i);
            channels.add(Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), from, Samples.wrap(data[i])));
        }
        List<Event> events = rec.events().stream()
                .filter(e -> e.onsetSec() >= from && (e.onsetSec() < to || last)).toList();
        List<BeatAnnotation> beats = rec.beats().stream()
                .filter(b -> b.timeSec() >= from && (b.timeSec() < to || last)).toList();
        next += count;
        if (!hasNext()) {
            rec.finish();
        }
        return new Recording(rec.metadata(), channels, events, beats);
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(rec.warnings());
    }

    @Override
    public void close() throws IOException {
        rec.close();
    }
}
