package org.lacrima.io.wfdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.lacrima.io.RecordingFormatException;

/**
 * One signal file ({@code .dat}) with the signals interleaved in it: reads frames in blocks and
 * demultiplexes them into per-signal physical values, accumulating checksums on the way.
 */
final class WfdbSignalFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final WfdbFormat format;
    private final List<WfdbSignalSpec> specs;
    private final int[] spf;
    private final int samplesPerFrame;
    private final long byteOffset;
    private final long availableFrames;
    private final long[] checksum;
    private final int[] firstValue;
    /** Format 8: each signal's last value, carried from block to block (blocks are read in order). */
    private final int[] running;
    private long nextFrame;
    /** FLAC formats: every signal's stored values, decoded on first use. */
    private int[][] flacSamples;
    private byte[] bytes = new byte[0];
    private int[] raw = new int[0];

    private WfdbSignalFile(Path path, FileChannel channel, WfdbFormat format, List<WfdbSignalSpec> specs)
            throws IOException {
        this.path = path;
        this.channel = channel;
        this.format = format;
        this.specs = List.copyOf(specs);
        this.spf = specs.stream().mapToInt(WfdbSignalSpec::samplesPerFrame).toArray();
        int s = 0;
        for (int n : spf) {
            s += n;
        }
        this.samplesPerFrame = s;
        this.byteOffset = specs.get(0).byteOffset();
        if (format.isFlac() && specs.stream().anyMatch(x -> x.samplesPerFrame() != spf[0])) {
            throw new RecordingFormatException(path, "FLAC signals of one file must have the same samples per frame");
        }
        if (format.isFlac()) {
            // one FLAC channel per signal, all of one length: frames = samples per channel / samples per frame
            this.availableFrames = WfdbFlac.samplesPerChannel(path, specs.size()) / spf[0];
        } else {
            long bytesAvailable = Math.max(0, channel.size() - byteOffset);
            long samples = format.samplesIn(bytesAvailable);
            this.availableFrames = samples / samplesPerFrame;
        }
        this.checksum = new long[specs.size()];
        this.firstValue = new int[specs.size()];
        this.running = new int[specs.size()];
    }

    /**
     * Opens the signal file {@code path} holding {@code specs}, which must share one format; problems
     * found in the header are reported against {@code header}.
     */
    static WfdbSignalFile open(Path header, Path path, List<WfdbSignalSpec> specs) throws IOException {
        int code = specs.get(0).format();
        for (WfdbSignalSpec s : specs) {
            if (s.format() != code) {
                throw new RecordingFormatException(header, "signals in " + path.getFileName() + " use different formats ("
                        + code + " and " + s.format() + ")");
            }
        }
        WfdbFormat format = WfdbFormat.of(code);
        if (format == null) {
            throw new RecordingFormatException(header, "WFDB signal format " + code
                    + " is not supported (supported: 8, 16, 24, 32, 61, 80, 160, 212, 310, 311, 508, 516, 524)");
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(header, "signal file " + path.getFileName() + " not found");
        }
        try {
            return new WfdbSignalFile(path, ch, format, specs);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    List<WfdbSignalSpec> specs() {
        return specs;
    }

    /** Whole frames the file holds. */
    long availableFrames() {
        return availableFrames;
    }

    /**
     * Frame counts for blocks must keep every block start on a packing-group boundary (212 packs
     * pairs, 310/311 triples); multiples of six frames always do.
     */
    static int alignFrames(int frames) {
        return Math.max(6, frames / 6 * 6);
    }

    /**
     * Decodes frames {@code [first, first + count)} ({@code first} a multiple of six) into
     * {@code out[k]} (signal {@code k} of this file) starting at sample {@code atFrame * spf[k]},
     * adding them to the checksums.
     */
    void decode(long first, int count, double[][] out, int atFrame) throws IOException {
        decode(first, count, out, atFrame, true);
    }

    /**
     * As {@link #decode(long, int, double[][], int)}; {@code verified} false reads frames ahead for
     * skewed signals without counting them, as they are counted when their turn comes.
     */
    void decode(long first, int count, double[][] out, int atFrame, boolean verified) throws IOException {
        if (format.isFlac()) {
            decodeFlac(first, count, out, atFrame, verified);
            return;
        }
        if (format.isDifference()) {
            differencesFrom(first, verified);
        }
        long firstSample = first * samplesPerFrame;
        int samples = count * samplesPerFrame;
        int groups = (samples + format.groupSamples - 1) / format.groupSamples;
        int rawLength = groups * format.groupSamples;
        int byteLength = groups * format.groupBytes;
        if (bytes.length < byteLength) {
            bytes = new byte[byteLength];
            raw = new int[rawLength];
        }
        long position = byteOffset + format.bytesFor(firstSample);
        ByteBuffer buf = ByteBuffer.wrap(bytes, 0, byteLength);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position + buf.position());
            if (n < 0 && first + count <= availableFrames && buf.remaining() < format.groupBytes) {
                // the file ends inside the last packing group: the missing bytes hold no sample asked for
                Arrays.fill(bytes, buf.position(), byteLength, (byte) 0);
                break;
            }
            if (n < 0) {
                throw new RecordingFormatException(path, "file ended at frame " + (first + count)
                        + " (was it truncated while being read?)");
            }
        }
        format.decode(bytes, 0, rawLength, raw, 0);
        int p = 0;
        for (int f = 0; f < count; f++) {
            for (int k = 0; k < spf.length; k++) {
                WfdbSignalSpec spec = specs.get(k);
                double[] target = out[k];
                int base = (atFrame + f) * spf[k];
                for (int j = 0; j < spf[k]; j++) {
                    int d = raw[p++];
                    if (format.isDifference()) {
                        d = running[k] += d;
                    }
                    target[base + j] = accept(k, spec, d, verified, first == 0 && f == 0 && j == 0);
                }
            }
        }
        nextFrame = first + count;
    }

    /** Counts {@code d} (signal {@code k}'s stored value) into the checksums and returns its physical value. */
    private double accept(int k, WfdbSignalSpec spec, int d, boolean verified, boolean firstSample) {
        if (verified) {
            checksum[k] += d;
            if (firstSample) {
                firstValue[k] = d;
            }
        }
        return d == format.invalid ? Double.NaN : spec.physical(d);
    }

    /** FLAC: the whole stream is decoded on first use; blocks are then copied out of it. */
    private void decodeFlac(long first, int count, double[][] out, int atFrame, boolean verified) throws IOException {
        if (flacSamples == null) {
            if (availableFrames * spf[0] > Integer.MAX_VALUE - 16) {
                throw new RecordingFormatException(path, "FLAC stream holds more samples than one channel can hold");
            }
            flacSamples = WfdbFlac.decode(path, specs.size(), (int) (availableFrames * spf[0]));
        }
        for (int k = 0; k < spf.length; k++) {
            WfdbSignalSpec spec = specs.get(k);
            int from = (int) (first * spf[k]);
            int n = count * spf[k];
            for (int i = 0; i < n; i++) {
                out[k][atFrame * spf[k] + i] = accept(k, spec, flacSamples[k][from + i], verified, from + i == 0);
            }
        }
        nextFrame = first + count;
    }

    /**
     * Format 8 stores differences, so a block depends on all before it: blocks must come in order,
     * and the sum restarts at the header's initial value at frame 0.
     */
    private void differencesFrom(long first, boolean verified) throws RecordingFormatException {
        if (!verified) {
            throw new RecordingFormatException(path, "signal skew with format 8 (first differences) is not supported");
        }
        if (first == 0) {
            for (int k = 0; k < specs.size(); k++) {
                running[k] = specs.get(k).initialValue().orElse(0);
            }
        } else if (first != nextFrame) {
            throw new IllegalStateException("format 8 frames must be read in order");
        }
    }

    /**
     * Compares checksums and first values of a completely read file with the header; mismatches are
     * warnings. The warnings state the mismatch only: values computed from the file's bytes are never
     * echoed, so a header cannot turn them into a way of reading a file byte by byte.
     */
    void verify(List<String> warnings) {
        for (int k = 0; k < specs.size(); k++) {
            WfdbSignalSpec s = specs.get(k);
            if (s.checksum().isPresent() && ((checksum[k] - s.checksum().getAsInt()) & 0xFFFF) != 0) {
                warnings.add(path.getFileName() + ": checksum of signal '" + s.description()
                        + "' does not match the header");
            }
            // a missing first sample has no initial value to agree with (WFDB writers put 0 there)
            if (s.initialValue().isPresent() && firstValue[k] != s.initialValue().getAsInt() && firstValue[k] != format.invalid) {
                warnings.add(path.getFileName() + ": first sample of signal '" + s.description()
                        + "' differs from the header's initial value");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
