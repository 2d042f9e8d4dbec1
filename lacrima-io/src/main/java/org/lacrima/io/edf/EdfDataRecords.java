package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.lacrima.io.RecordingFormatException;

/**
 * Reads blocks of data records and decodes samples straight from the byte buffer into double arrays:
 * no per-sample objects, one bulk read per block.
 */
final class EdfDataRecords {
    /** Block size for bulk reads; large enough for disk throughput, small enough for streaming. */
    private static final int BLOCK_BYTES = 4 << 20;

    private final Path file;
    private final FileChannel channel;
    private final EdfHeader header;
    private final int[] signalOffset;
    private final int recordBytes;
    private ByteBuffer buffer;
    private int recordsInBuffer;

    EdfDataRecords(Path file, FileChannel channel, EdfHeader header) throws RecordingFormatException {
        this.file = file;
        this.channel = channel;
        this.header = header;
        long rb = header.recordBytes();
        if (rb > Integer.MAX_VALUE / 2) {
            throw new RecordingFormatException(file, "data record of " + rb + " bytes is too large");
        }
        this.recordBytes = (int) rb;
        List<EdfSignalHeader> signals = header.signals();
        signalOffset = new int[signals.size()];
        int off = 0;
        for (int i = 0; i < signals.size(); i++) {
            signalOffset[i] = off;
            off += signals.get(i).samplesPerRecord() * header.bytesPerSample();
        }
    }

    /** How many records one bulk read should cover. */
    int blockRecords() {
        return Math.max(1, BLOCK_BYTES / recordBytes);
    }

    /** Loads records {@code [first, first + count)}; they are then addressed 0..count-1. */
    void load(long first, int count) throws IOException {
        int bytes = count * recordBytes;
        if (buffer == null || buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }
        buffer.clear().limit(bytes);
        long pos = header.headerBytes() + first * recordBytes;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, pos + buffer.position());
            if (n < 0) {
                throw new RecordingFormatException(file, "file ended inside data record "
                        + (first + buffer.position() / recordBytes + 1) + " (was it truncated while being read?)");
            }
        }
        recordsInBuffer = count;
    }

    /** Decodes signal {@code signal} of loaded record {@code record} into {@code out[outPos..]}. */
    void decode(int record, int signal, double[] out, int outPos) {
        checkLoaded(record);
        EdfSignalHeader s = header.signals().get(signal);
        int n = s.samplesPerRecord();
        double gain = s.gain();
        double offset = s.offset();
        int pos = record * recordBytes + signalOffset[signal];
        if (header.bdf()) {
            byte[] a = buffer.array();
            for (int i = 0; i < n; i++, pos += 3) {
                int digital = (a[pos] & 0xFF) | (a[pos + 1] & 0xFF) << 8 | a[pos + 2] << 16;
                out[outPos + i] = gain * digital + offset;
            }
        } else {
            ByteBuffer b = buffer;
            for (int i = 0; i < n; i++, pos += 2) {
                out[outPos + i] = gain * b.getShort(pos) + offset;
            }
        }
    }

    /** The TALs of annotation signal {@code signal} in loaded record {@code record}. */
    List<Tal> tals(int record, int signal) {
        checkLoaded(record);
        int from = record * recordBytes + signalOffset[signal];
        int to = from + header.signals().get(signal).samplesPerRecord() * header.bytesPerSample();
        return TalCodec.decode(buffer.array(), from, to);
    }

    private void checkLoaded(int record) {
        if (record < 0 || record >= recordsInBuffer) {
            throw new IndexOutOfBoundsException("record " + record + " not loaded");
        }
    }
}
