package org.lacrima.io.wfdb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.frame.Frame;
import org.jflac.metadata.StreamInfo;
import org.lacrima.io.RecordingFormatException;

/**
 * A FLAC-compressed WFDB signal file (formats 508, 516, 524; WFDB 10.7): one FLAC channel per signal
 * in the file, each holding the signal's samples in order (samples per frame times frames). Decoded
 * whole on first use, after the record's budget check, with org.jflac.
 */
final class WfdbFlac {
    private WfdbFlac() {
    }

    /** Samples per channel the stream declares, from its STREAMINFO block. */
    static long samplesPerChannel(Path file, int signals) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            StreamInfo info = new FLACDecoder(in).readStreamInfo();
            if (info == null) {
                throw new RecordingFormatException(file, "not a FLAC stream (no STREAMINFO)");
            }
            if (info.getChannels() != signals) {
                throw new RecordingFormatException(file, "FLAC stream has " + info.getChannels()
                        + " channels, the header puts " + signals + " signals in it");
            }
            return info.getTotalSamples();
        }
    }

    /** Every channel's samples, {@code samples} of each. */
    static int[][] decode(Path file, int signals, int samples) throws IOException {
        int[][] out = new int[signals][samples];
        int at = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            FLACDecoder d = new FLACDecoder(in);
            d.readMetadata();
            for (Frame frame = d.readNextFrame(); frame != null && at < samples; frame = d.readNextFrame()) {
                ChannelData[] data = d.getChannelData();
                int n = Math.min(frame.header.blockSize, samples - at);
                for (int c = 0; c < signals; c++) {
                    System.arraycopy(data[c].getOutput(), 0, out[c], at, n);
                }
                at += n;
            }
        }
        if (at < samples) {
            throw new RecordingFormatException(file, "FLAC stream ended after " + at + " of " + samples + " samples");
        }
        return out;
    }
}
