package org.lacrima.io.edf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.RecordingHeader;
import org.lacrima.io.RecordingStream;

/**
 * Delivers an EDF/BDF file in chunks of whole data records. In EDF+D files a chunk ends at a gap,
 * so every chunk is contiguous and its channels start at the chunk's first record.
 */
final class EdfRecordingStream implements RecordingStream {
    private final EdfSource src;
    private final RecordingHeader header;
    private final int[] signals;
    private final int[] spr;
    private final int maxChunkRecords;
    private long next;

    EdfRecordingStream(EdfSource src) {
        this.src = src;
        EdfHeader h = src.header();
        this.signals = src.dataSignals();
        this.spr = new int[signals.length];
        long recordBytes = h.recordBytes();
        for (int k = 0; k < signals.length; k++) {
            spr[k] = h.signals().get(signals[k]).samplesPerRecord();
        }
        this.maxChunkRecords = (int) Math.max(1, (Integer.MAX_VALUE / 4) / recordBytes);
        this.header = new RecordingHeader(src.metadata(), src.channels(), h.recordCount() * h.recordDurationSec());
    }

    @Override
    public RecordingHeader header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        return next < src.header().recordCount();
    }

    @Override
    public Recording next(double chunkSec) throws IOException {
        if (!hasNext()) {
            throw new NoSuchElementException("no more data records");
        }
        EdfHeader h = src.header();
        long remaining = h.recordCount() - next;
        double dur = h.recordDurationSec();
        long wanted = dur > 0 ? Math.max(1, Math.round(chunkSec / dur)) : remaining;
        int count = (int) Math.min(Math.min(wanted, remaining), maxChunkRecords);
        EdfDataRecords records = src.records();
        records.load(next, count);
        List<Event> events = new ArrayList<>();
        double[] starts = new double[count];
        int contiguous = count;
        for (int r = 0; r < count; r++) {
            List<Event> recordEvents = new ArrayList<>();
            starts[r] = src.annotate(r, next + r, recordEvents);
            if (r > 0 && h.isDiscontinuous() && starts[r] - (starts[r - 1] + dur) > 1e-6) {
                contiguous = r;
                break;
            }
            events.addAll(recordEvents);
        }
        src.finish();
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        double chunkStart = h.isPlus() ? starts[0] : next * dur;
        List<Channel> channels = new ArrayList<>(signals.length);
        for (int k = 0; k < signals.length; k++) {
            double[] values = new double[contiguous * spr[k]];
            for (int r = 0; r < contiguous; r++) {
                records.decode(r, signals[k], values, r * spr[k]);
            }
            ChannelInfo c = header.channels().get(k);
            channels.add(Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), chunkStart, Samples.wrap(values)));
        }
        next += contiguous;
        return new Recording(header.metadata(), channels, events);
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(src.warnings());
    }

    @Override
    public void close() throws IOException {
        src.close();
    }
}
