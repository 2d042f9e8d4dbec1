package org.lacrima.io.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ChannelLabels;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ConfinedFolder;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.RecordingFormatException;

/**
 * An open WFDB record: header, signal files, the frames to read, and the reference annotations,
 * shared by the whole-record reader and the stream.
 */
final class WfdbRecord implements AutoCloseable {
    private final Path headerFile;
    private final ConfinedFolder folder;
    private final WfdbHeader header;
    private final List<WfdbSignalFile> files;
    /** For each header signal: which file, and which signal within it. */
    private final int[] fileOf;
    private final int[] indexInFile;
    private final List<ChannelInfo> channels;
    private final long frames;
    private final boolean complete;
    private final List<String> warnings = new ArrayList<>();
    /** Real skews are a few frames; a larger one would make every block read that much further ahead. */
    private static final int MAX_SKEW_FRAMES = 1 << 16;
    /** Per header signal: how many frames later than the others its samples are stored. */
    private final int[] skew;
    private final int maxSkew;
    /** Whole frames in the signal files (at least {@link #frames}). */
    private final long storedFrames;
    private final List<BeatAnnotation> beats = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private WfdbRecord(Path headerFile, ConfinedFolder folder, WfdbHeader header, List<String> fileNames,
                       List<WfdbSignalFile> files, ChannelTyping typing, ReadBudget budget) throws IOException {
        this.headerFile = headerFile;
        this.folder = folder;
        this.header = header;
        this.files = files;
        List<WfdbSignalSpec> specs = header.signals();
        fileOf = new int[specs.size()];
        indexInFile = new int[specs.size()];
        List<ChannelInfo> infos = new ArrayList<>();
        int[] seen = new int[files.size()];
        for (int i = 0; i < specs.size(); i++) {
            WfdbSignalSpec s = specs.get(i);
            int f = fileNames.indexOf(s.fileName());
            fileOf[i] = f;
            indexInFile[i] = seen[f]++;
            infos.add(new ChannelInfo(s.description(), typing.typeOf(s.description(), s.units()), s.units(),
                    header.frameRateHz() * s.samplesPerFrame()));
        }
        this.channels = List.copyOf(ChannelLabels.uniqueInfos(headerFile, infos, warnings));
        long available = files.stream().mapToLong(WfdbSignalFile::availableFrames).min().orElse(0);
        long declared = header.frames();
        int maxSpf = specs.stream().mapToInt(WfdbSignalSpec::samplesPerFrame).max().orElse(1);
        if (declared > 0 && declared * maxSpf > Integer.MAX_VALUE - 16) {
            throw new RecordingFormatException(headerFile, "header declares " + declared
                    + " samples per signal, more than one channel can hold");
        }
        if (available == 0) {
            throw new RecordingFormatException(headerFile, "signal file holds no complete frame");
        }
        if (available * maxSpf > Integer.MAX_VALUE - 16) {
            throw new RecordingFormatException(headerFile, "signal file holds more samples than one channel can hold");
        }
        if (declared > available) {
            warnings.add(headerFile.getFileName() + ": header declares " + declared + " samples per signal but the "
                    + "signal file holds " + available + " (truncated); reading " + available);
            frames = available;
        } else {
            frames = declared > 0 ? declared : available;
        }
        complete = declared > 0 && frames == declared;
        int samplesPerFrame = specs.stream().mapToInt(WfdbSignalSpec::samplesPerFrame).sum();
        budget.checkRecording(headerFile, (double) frames * samplesPerFrame, frames / header.frameRateHz());
        this.skew = specs.stream().mapToInt(WfdbSignalSpec::skew).toArray();
        this.maxSkew = Arrays.stream(skew).max().orElse(0);
        if (maxSkew > MAX_SKEW_FRAMES) {
            throw new RecordingFormatException(headerFile, "signal skew of " + maxSkew + " frames is more than the "
                    + MAX_SKEW_FRAMES + " supported");
        }
        this.storedFrames = available;
        loadAnnotations();
    }

    /** Opens the record whose header is {@code headerFile}, refusing it if it needs more than {@code budget}. */
    static WfdbRecord open(Path headerFile, ChannelTyping typing, ReadBudget budget) throws IOException {
        WfdbHeader header = WfdbHeaderParser.parse(headerFile);
        if (header.signals().stream().allMatch(s -> s.fileName().equals("~"))) {
            throw new RecordingFormatException(headerFile, "the layout header of a multi-segment record (no signal "
                    + "files); read the record's master header");
        }
        Map<String, List<WfdbSignalSpec>> byFile = new LinkedHashMap<>();
        for (WfdbSignalSpec s : header.signals()) {
            if (s.fileName().equals("~")) {
                throw new RecordingFormatException(headerFile, "null signal file '~' is not supported");
            }
            byFile.computeIfAbsent(s.fileName(), k -> new ArrayList<>()).add(s);
        }
        // signal file names come from the header: they may only lead to files beside it
        ConfinedFolder folder = ConfinedFolder.around(headerFile);
        List<Path> paths = new ArrayList<>();
        for (String name : byFile.keySet()) {
            paths.add(folder.resolve(headerFile, name, "signal file"));
        }
        List<String> fileNames = List.copyOf(byFile.keySet());
        List<WfdbSignalFile> files = new ArrayList<>();
        try {
            for (int i = 0; i < fileNames.size(); i++) {
                files.add(WfdbSignalFile.open(headerFile, paths.get(i), byFile.get(fileNames.get(i))));
            }
            return new WfdbRecord(headerFile, folder, header, fileNames, files, typing, budget);
        } catch (IOException | RuntimeException e) {
            for (WfdbSignalFile f : files) {
                f.close();
            }
            throw e;
        }
    }

    /** Beats become reference beats; other annotations become events (their aux text, else their symbol). */
    private void loadAnnotations() throws IOException {
        Path atr = folder.resolve(headerFile, header.recordName() + ".atr", "annotation file");
        if (!Files.isRegularFile(atr)) {
            return;
        }
        List<WfdbAnnotation> annotations;
        try {
            annotations = WfdbAnnotationReader.read(atr);
        } catch (RecordingFormatException e) {
            warnings.add(e.getMessage() + "; annotations ignored");
            return;
        }
        double fs = header.frameRateHz();
        for (WfdbAnnotation a : annotations) {
            double t = a.sample() / fs;
            if (a.isBeat()) {
                beats.add(new BeatAnnotation(t, a.symbol()));
            } else {
                events.add(Event.at(t, a.aux().isEmpty() ? a.symbol() : a.aux()));
            }
        }
    }

    WfdbHeader header() {
        return header;
    }

    /** Frames to read. */
    long frames() {
        return frames;
    }

    List<ChannelInfo> channels() {
        return channels;
    }

    List<BeatAnnotation> beats() {
        return beats;
    }

    List<Event> events() {
        return events;
    }

    List<String> warnings() {
        return warnings;
    }

    RecordingMetadata metadata() {
        return new RecordingMetadata(header.start(), headerFile.getFileName().toString(), "");
    }

    /**
     * Decodes frames {@code [first, first + count)} into {@code out[i]} (header signal {@code i})
     * at frame position {@code atFrame}.
     */
    void decode(long first, int count, double[][] out, int atFrame) throws IOException {
        if (maxSkew == 0) {
            decodeStored(first, count, out, atFrame, true);
            return;
        }
        // a skewed signal's sample for frame t is stored at frame t + skew: read up to maxSkew frames ahead
        // (uncounted, as the next block counts them), and what lies beyond the file is NaN
        long end = first + count;
        int ahead = end % 6 == 0 ? (int) Math.min(maxSkew, storedFrames - end) : 0;
        List<WfdbSignalSpec> specs = header.signals();
        double[][] stored = new double[out.length][];
        for (int i = 0; i < out.length; i++) {
            stored[i] = new double[(count + ahead) * specs.get(i).samplesPerFrame()];
        }
        decodeStored(first, count, stored, 0, true);
        if (ahead > 0) {
            decodeStored(end, ahead, stored, count, false);
        }
        for (int i = 0; i < out.length; i++) {
            int spf = specs.get(i).samplesPerFrame();
            int shift = skew[i] * spf;
            int available = Math.max(0, Math.min(count * spf, stored[i].length - shift));
            System.arraycopy(stored[i], shift, out[i], atFrame * spf, available);
            Arrays.fill(out[i], atFrame * spf + available, (atFrame + count) * spf, Double.NaN);
        }
    }

    private void decodeStored(long first, int count, double[][] out, int atFrame, boolean verified) throws IOException {
        for (int f = 0; f < files.size(); f++) {
            WfdbSignalFile file = files.get(f);
            double[][] targets = new double[file.specs().size()][];
            for (int i = 0; i < out.length; i++) {
                if (fileOf[i] == f) {
                    targets[indexInFile[i]] = out[i];
                }
            }
            file.decode(first, count, targets, atFrame, verified);
        }
    }

    /** After the last frame: checksum and first-value checks, if the whole declared record was read. */
    void finish() {
        if (complete) {
            for (WfdbSignalFile f : files) {
                f.verify(warnings);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (WfdbSignalFile f : files) {
            f.close();
        }
    }
}
