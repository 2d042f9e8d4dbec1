package org.lacrima.io.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingStream;
import org.lacrima.io.SlicingRecordingStream;

/**
 * Reads PhysioNet WFDB records: the header, its signal files (formats 8, 16, 24, 32, 61, 80, 160, 212,
 * 310, 311, FLAC 508/516/524; multi-frequency frames), multi-segment records (fixed and variable layout) and the {@code .atr} annotations next to it. Beat annotations
 * become {@link Recording#referenceBeats()}, the others events. Signal skew is applied (a
 * skewed signal ends in NaN where its samples would lie beyond the file). Checksum or first-value
 * mismatches with the header are reported as warnings.
 */
public final class WfdbReader {
    private static final int BLOCK_FRAMES = 6 * 16384;

    private WfdbReader() {
    }

    /**
     * The header belonging to {@code path}: itself if it ends in {@code .hea}, otherwise the
     * {@code .hea} next to it with the same base name (so a {@code .dat} or {@code .atr} works too).
     */
    public static Path headerOf(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(".hea")) {
            return path;
        }
        int dot = name.lastIndexOf('.');
        Path same = path.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".hea");
        if (Files.isRegularFile(same)) {
            return same;
        }
        Path naming = headerNaming(path);
        return naming != null ? naming : same;
    }

    /** Headers in one folder looked through for the one naming a signal file; record folders hold a few hundred. */
    private static final int MAX_HEADERS_SCANNED = 1000;

    /**
     * The header beside {@code signalFile} that names it as a signal file ({@code binformats.d3} of
     * {@code binformats.hea}, {@code mixedsignals_e.dat} of {@code mixedsignals.hea}), or null.
     */
    private static Path headerNaming(Path signalFile) {
        Path dir = signalFile.toAbsolutePath().getParent();
        String name = signalFile.getFileName().toString();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path h : files.filter(p -> p.getFileName().toString().endsWith(".hea")).limit(MAX_HEADERS_SCANNED).toList()) {
                if (Files.isRegularFile(h) && Files.size(h) < 1 << 16 && Files.readAllLines(h,
                        java.nio.charset.StandardCharsets.ISO_8859_1).stream().skip(1)
                        .anyMatch(l -> l.strip().split("\\s+")[0].equals(name))) {
                    return signalFile.resolveSibling(h.getFileName());
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Reads the whole record within the {@linkplain ReadBudget#defaults() default budget}. */
    public static ReadResult read(Path path, ChannelTyping typing) throws IOException {
        return read(path, typing, ReadBudget.defaults());
    }

    /** Reads the whole record, refusing it before allocating when its header declares more than {@code budget}. */
    public static ReadResult read(Path path, ChannelTyping typing, ReadBudget budget) throws IOException {
        Path header = headerOf(path);
        if (WfdbMultiSegment.isMultiSegment(header)) {
            return WfdbMultiSegment.read(header, typing, budget);
        }
        return readSingle(header, typing, budget);
    }

    /** Reads a single-segment record whose header is {@code header}. */
    static ReadResult readSingle(Path header, ChannelTyping typing, ReadBudget budget) throws IOException {
        try (WfdbRecord rec = WfdbRecord.open(header, typing, budget)) {
            int frames = (int) rec.frames();
            List<ChannelInfo> infos = rec.channels();
            List<WfdbSignalSpec> specs = rec.header().signals();
            double[][] data = new double[infos.size()][];
            for (int i = 0; i < data.length; i++) {
                data[i] = new double[frames * specs.get(i).samplesPerFrame()];
            }
            for (int first = 0; first < frames; first += BLOCK_FRAMES) {
                int count = Math.min(BLOCK_FRAMES, frames - first);
                rec.decode(first, count, data, first);
            }
            rec.finish();
            List<Channel> channels = new ArrayList<>();
            for (int i = 0; i < data.length; i++) {
                ChannelInfo c = infos.get(i);
                channels.add(Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), 0.0, Samples.wrap(data[i])));
            }
            Recording recording = new Recording(rec.metadata(), channels, rec.events(), rec.beats());
            return new ReadResult(recording, rec.warnings());
        }
    }

    /** Opens the record for reading in chunks of frames. */
    public static RecordingStream open(Path path, ChannelTyping typing) throws IOException {
        return open(path, typing, ReadBudget.defaults());
    }

    /** Opens the record for reading in chunks, refusing it when its declared span needs more than {@code budget}. */
    public static RecordingStream open(Path path, ChannelTyping typing, ReadBudget budget) throws IOException {
        if (WfdbMultiSegment.isMultiSegment(headerOf(path))) {
            // segments are read whole and laid end to end; a segment's frames are not streamed
            return new SlicingRecordingStream(read(path, typing, budget));
        }
        return new WfdbRecordingStream(WfdbRecord.open(headerOf(path), typing, budget));
    }
}
