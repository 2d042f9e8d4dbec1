package org.lacrima.io.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lacrima.core.model.Event;
import org.lacrima.io.AtomicFiles;

/**
 * Copies an EDF/EDF+ or BDF/BDF+ file with one more annotation signal appended to every data record:
 * the header and every data record of the original are kept byte for byte, so its signals (and its own
 * annotations) are exactly unchanged. A plain EDF/BDF becomes EDF+C/BDF+C and the new signal, then
 * its first annotation signal, starts each record with the time-keeping TAL the specification requires;
 * in an EDF+/BDF+ file the original's first annotation signal keeps that role. Each annotation goes
 * into the data record in whose nominal time it starts (the last record for later onsets).
 */
final class EdfAnnotationAppender {
    private static final int FIXED_BYTES = 256;
    /** Field widths of the per-signal header, in file order (label ... reserved). */
    private static final int[] FIELD_WIDTHS = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};

    private EdfAnnotationAppender() {
    }

    static void write(Path source, List<Event> annotations, Path target) throws IOException {
        List<String> warnings = new ArrayList<>();
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            EdfHeader h = EdfHeaderParser.parse(source, in, warnings);
            if (h.recordCount() <= 0 || h.recordCount() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(source.getFileName() + ": no data records to annotate");
            }
            int records = (int) h.recordCount();
            int width = h.bdf() ? 3 : 2;
            boolean timeKeeping = !h.isPlus();
            byte[][] tals = recordTals(annotations, records, h.recordDurationSec(), timeKeeping);
            int longest = 0;
            for (byte[] t : tals) {
                longest = Math.max(longest, t.length);
            }
            int samples = Math.max(1, (longest + 1 + width - 1) / width);
            int recordBytes = 0;
            for (EdfSignalHeader s : h.signals()) {
                recordBytes += s.samplesPerRecord() * width;
            }
            byte[] header = header(in, h, samples);
            int originalRecordBytes = recordBytes;
            int annotationBytes = samples * width;
            AtomicFiles.write(target, temp -> {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    writeFully(out, ByteBuffer.wrap(header));
                    ByteBuffer record = ByteBuffer.allocate(originalRecordBytes + annotationBytes);
                    long position = h.headerBytes();
                    for (int r = 0; r < records; r++) {
                        record.clear().limit(originalRecordBytes);
                        while (record.hasRemaining()) {
                            int n = in.read(record, position + record.position());
                            if (n < 0) {
                                throw new IllegalArgumentException(source.getFileName() + ": data record " + (r + 1)
                                        + " of " + records + " is truncated");
                            }
                        }
                        record.limit(originalRecordBytes + annotationBytes);
                        record.put(tals[r]);
                        while (record.hasRemaining()) {
                            record.put((byte) 0);
                        }
                        record.flip();
                        writeFully(out, record);
                        position += originalRecordBytes;
                    }
                }
            });
        }
    }

    private static byte[][] recordTals(List<Event> events, int records, double duration, boolean timeKeeping) {
        List<List<byte[]>> perRecord = new ArrayList<>(records);
        for (int r = 0; r < records; r++) {
            List<byte[]> list = new ArrayList<>();
            if (timeKeeping) {
                list.add(TalCodec.encodeTimeKeeping(r * duration));
            }
            perRecord.add(list);
        }
        for (Event e : events.stream().sorted(Comparator.comparingDouble(Event::onsetSec)).toList()) {
            int r = duration > 0 ? (int) Math.max(0, Math.min(records - 1, Math.floor(e.onsetSec() / duration))) : 0;
            perRecord.get(r).add(TalCodec.encode(new Tal(e.onsetSec(), e.durationSec(), List.of(e.label()))));
        }
        byte[][] out = new byte[records][];
        for (int r = 0; r < records; r++) {
            int length = perRecord.get(r).stream().mapToInt(b -> b.length).sum();
            byte[] joined = new byte[length];
            int at = 0;
            for (byte[] b : perRecord.get(r)) {
                System.arraycopy(b, 0, joined, at, b.length);
                at += b.length;
            }
            out[r] = joined;
        }
        return out;
    }

    /** The original header with the new signal's entry appended to every per-signal field. */
    private static byte[] header(FileChannel in, EdfHeader h, int samples) throws IOException {
        int ns = h.signals().size();
        ByteBuffer original = ByteBuffer.allocate(FIXED_BYTES * (ns + 1));
        while (original.hasRemaining()) {
            if (in.read(original, original.position()) < 0) {
                throw new IOException("header shorter than it states");
            }
        }
        byte[] old = original.array();
        byte[] out = new byte[FIXED_BYTES * (ns + 2)];
        System.arraycopy(old, 0, out, 0, FIXED_BYTES);
        put(out, 184, 8, Integer.toString(out.length));
        if (!h.isPlus()) {
            put(out, 192, 44, (h.bdf() ? "BDF+C" : "EDF+C"));
        }
        put(out, 252, 4, Integer.toString(ns + 1));
        String digitalMin = h.bdf() ? "-8388608" : "-32768";
        String digitalMax = h.bdf() ? "8388607" : "32767";
        String[] added = {h.bdf() ? "BDF Annotations" : "EDF Annotations", "", "", "-1", "1", digitalMin, digitalMax, "",
                Integer.toString(samples), ""};
        int from = FIXED_BYTES;
        int to = FIXED_BYTES;
        for (int f = 0; f < FIELD_WIDTHS.length; f++) {
            int block = FIELD_WIDTHS[f] * ns;
            System.arraycopy(old, from, out, to, block);
            put(out, to + block, FIELD_WIDTHS[f], added[f]);
            from += block;
            to += block + FIELD_WIDTHS[f];
        }
        return out;
    }

    private static void put(byte[] header, int offset, int width, String value) {
        byte[] text = value.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < width; i++) {
            header[offset + i] = i < text.length ? text[i] : (byte) ' ';
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }
}
