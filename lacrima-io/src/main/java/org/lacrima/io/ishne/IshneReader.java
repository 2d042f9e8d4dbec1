package org.lacrima.io.ishne;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * Reads ISHNE 1.0 Holter ECG files: every lead a regular ECG channel in millivolts (raw × the lead's
 * resolution in nV), the start from the recording date and time, the patient ID as subject code (the
 * name fields are never read). The header CRC is checked; a mismatch, or a file shorter than the
 * declared samples, loads with a warning (whole sample frames only).
 */
public final class IshneReader {
    private static final int CRC_CCITT_POLY = 0x1021;
    private static final int BLOCK_FRAMES = 1 << 16;

    private IshneReader() {
    }

    /** Whether {@code head} (the first bytes of a file) starts like an ISHNE 1.0 Holter file. */
    public static boolean isIshne(byte[] head) {
        return head.length >= 8 && new String(head, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)
                .equals(IshneHeader.MAGIC);
    }

    /**
     * Reads {@code file}; lead types are ECG unless {@code typing} overrides a label. The samples the
     * file holds are checked against {@code budget} before they are decoded.
     */
    public static ReadResult read(Path file, ChannelTyping typing, ReadBudget budget) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            ByteBuffer fixed = ByteBuffer.allocate((int) Math.min(size, IshneHeader.FIXED_END));
            readFully(in, fixed, 0);
            IshneHeader header = IshneHeader.parse(file, fixed.array(), size);
            List<String> warnings = new ArrayList<>();
            ByteBuffer crcSpan = ByteBuffer.allocate(IshneHeader.FIXED_END - 10 + header.variableBlockBytes());
            readFully(in, crcSpan, 10);
            if (crcCcitt(crcSpan.array()) != header.storedCrc()) {
                warnings.add(file.getFileName() + ": ISHNE header checksum does not match its content; read as is");
            }
            int leads = header.leads();
            long frameBytes = 2L * leads;
            long available = (size - header.ecgOffset()) / frameBytes;
            long frames = Math.min(header.samplesPerLead(), available);
            if (frames < header.samplesPerLead()) {
                warnings.add(file.getFileName() + ": file holds " + frames + " of " + header.samplesPerLead()
                        + " declared samples per lead; read what is there");
            }
            if (frames > Integer.MAX_VALUE - 8) {
                throw new RecordingFormatException(file, "ISHNE file declares " + frames + " samples per lead, more than one channel can hold");
            }
            budget.checkRecording(file, (double) frames * leads, frames / (double) header.rateHz());
            double[][] values = decode(in, header, (int) frames);
            List<String> labels = header.labels();
            List<Channel> channels = new ArrayList<>();
            for (int l = 0; l < leads; l++) {
                ChannelType type = typing.isOverridden(labels.get(l)) ? typing.typeOf(labels.get(l)) : ChannelType.ECG;
                channels.add(Channel.regular(labels.get(l), type, "mV", header.rateHz(), 0, Samples.wrap(values[l])));
            }
            RecordingMetadata metadata = new RecordingMetadata(header.start(), file.getFileName().toString(),
                    header.subjectId());
            return new ReadResult(new Recording(metadata, channels, List.of()), warnings);
        }
    }

    private static double[][] decode(FileChannel in, IshneHeader header, int frames) throws IOException {
        int leads = header.leads();
        double[][] values = new double[leads][frames];
        double[] mvPerUnit = new double[leads];
        for (int l = 0; l < leads; l++) {
            mvPerUnit[l] = header.resolutionNv()[l] / 1e6;
        }
        ByteBuffer block = ByteBuffer.allocate(BLOCK_FRAMES * 2 * leads).order(ByteOrder.LITTLE_ENDIAN);
        long position = header.ecgOffset();
        for (int done = 0; done < frames; ) {
            int n = Math.min(BLOCK_FRAMES, frames - done);
            block.clear().limit(n * 2 * leads);
            readFully(in, block, position);
            position += (long) n * 2 * leads;
            block.flip();
            for (int f = 0; f < n; f++) {
                for (int l = 0; l < leads; l++) {
                    values[l][done + f] = block.getShort() * mvPerUnit[l];
                }
            }
            done += n;
        }
        return values;
    }

    private static void readFully(FileChannel in, ByteBuffer into, long position) throws IOException {
        long p = position;
        while (into.hasRemaining()) {
            int n = in.read(into, p);
            if (n < 0) {
                throw new java.io.EOFException("unexpected end of file at byte " + p);
            }
            p += n;
        }
    }

    /** CRC-CCITT (polynomial 0x1021, initial 0xFFFF), as the ISHNE standard specifies for the header. */
    static int crcCcitt(byte[] data) {
        int crc = 0xFFFF;
        for (byte x : data) {
            crc ^= (x & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ CRC_CCITT_POLY) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }
}
