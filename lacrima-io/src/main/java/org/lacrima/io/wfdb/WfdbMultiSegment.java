package org.lacrima.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.BoundedFiles;
import org.lacrima.io.ChannelLabels;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ConfinedFolder;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * A WFDB multi-segment record ({@code name/segments} on the record line): its segments, each a
 * single-segment record, laid end to end. In a fixed layout every segment has the same signals; in
 * a variable layout a first, zero-length {@code _layout} segment names the signals and each segment
 * holds some of them (matched by description). Segments named {@code ~} are gaps, and signals a
 * segment lacks, are NaN. Segment names are resolved in the master header's folder only.
 */
final class WfdbMultiSegment {
    private static final long MAX_HEADER_BYTES = 1 << 20;

    private WfdbMultiSegment() {
    }

    /** One line of the master header: a segment's record name ({@code ~} for a gap) and its length in frames. */
    private record Segment(String name, long frames) {
        boolean isGap() {
            return name.equals("~");
        }
    }

    /** Whether {@code header}'s record line names segments ({@code name/n}). */
    static boolean isMultiSegment(Path header) throws IOException {
        List<String> lines = recordLines(header);
        return !lines.isEmpty() && lines.get(0).split("\\s+")[0].contains("/");
    }

    private static List<String> recordLines(Path header) throws IOException {
        String text = new String(BoundedFiles.read(header, MAX_HEADER_BYTES, "a WFDB header", false),
                StandardCharsets.ISO_8859_1);
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Reads the whole record; refuses it before allocating when it needs more than {@code budget}. */
    static ReadResult read(Path header, ChannelTyping typing, ReadBudget budget) throws IOException {
        List<String> lines = recordLines(header);
        String[] rec = lines.get(0).split("\\s+");
        String[] nameAndCount = rec[0].split("/", 2);
        int count = parse(header, nameAndCount[1], "number of segments");
        double fs = rec.length > 2 ? Double.parseDouble(rec[2].split("/")[0]) : 250;
        Optional<LocalDateTime> start = rec.length > 5 ? WfdbHeaderParser.baseDateTime(rec[4], rec[5]) : Optional.empty();
        if (count <= 0 || lines.size() - 1 < count) {
            throw new RecordingFormatException(header, "multi-segment header declares " + nameAndCount[1]
                    + " segments but lists " + (lines.size() - 1));
        }
        ConfinedFolder folder = ConfinedFolder.around(header);
        List<Segment> segments = new ArrayList<>();
        List<Path> headers = new ArrayList<>();
        for (String line : lines.subList(1, count + 1)) {
            String[] t = line.split("\\s+");
            if (t.length < 2) {
                throw new RecordingFormatException(header, "segment line '" + line + "' lacks its length");
            }
            Segment s = new Segment(t[0], parse(header, t[1], "length of segment " + t[0]));
            segments.add(s);
            Path h = null;
            if (!s.isGap()) {
                h = folder.resolve(header, s.name() + ".hea", "segment header");
                if (!Files.isRegularFile(h)) {
                    throw new RecordingFormatException(header, "segment " + s.name() + " not found ("
                            + s.name() + ".hea)");
                }
            }
            headers.add(h);
        }
        Layout layout = Layout.of(header, segments, headers);
        long total = segments.stream().mapToLong(Segment::frames).sum();
        int spfMax = layout.signals().stream().mapToInt(WfdbSignalSpec::samplesPerFrame).max().orElse(1);
        if (total * spfMax > Integer.MAX_VALUE - 16) {
            throw new RecordingFormatException(header, "record holds more samples than one channel can hold");
        }
        int spfSum = layout.signals().stream().mapToInt(WfdbSignalSpec::samplesPerFrame).sum();
        budget.checkRecording(header, (double) total * spfSum, total / fs);

        List<WfdbSignalSpec> signals = layout.signals();
        List<String> warnings = new ArrayList<>();
        List<String> labels = ChannelLabels.unique(header, signals.stream().map(WfdbSignalSpec::description).toList(), warnings);
        double[][] data = new double[signals.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = new double[(int) (total * signals.get(i).samplesPerFrame())];
            Arrays.fill(data[i], Double.NaN);
        }
        List<BeatAnnotation> beats = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        long at = 0;
        long gapFrames = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            if (seg.isGap()) {
                gapFrames += seg.frames();
            } else if (seg.frames() > 0) {
                ReadResult part = WfdbReader.readSingle(headers.get(s), ChannelTyping.byLabel(), budget);
                warnings.addAll(part.warnings());
                place(header, seg, part.recording(), layout, labels, data, at, fs);
                double offset = at / fs;
                part.recording().referenceBeats().forEach(b -> beats.add(new BeatAnnotation(b.timeSec() + offset, b.symbol())));
                part.recording().events().forEach(e -> events.add(e.shiftedBy(offset)));
            }
            at += seg.frames();
        }
        if (gapFrames > 0) {
            warnings.add(header.getFileName() + ": " + gapFrames + " frames (" + Math.round(gapFrames / fs)
                    + " s) lie in gaps between segments ('~') and are NaN");
        }
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            WfdbSignalSpec spec = signals.get(i);
            channels.add(Channel.regular(labels.get(i), typing.typeOf(labels.get(i), spec.units()), spec.units(),
                    fs * spec.samplesPerFrame(), 0.0, Samples.wrap(data[i])));
        }
        RecordingMetadata meta = new RecordingMetadata(start, header.getFileName().toString(), "");
        return new ReadResult(new Recording(meta, channels, events, beats), warnings);
    }

    /** Copies a segment's channels into the record's at frame {@code at}: by position (fixed) or description (variable). */
    private static void place(Path header, Segment seg, Recording part, Layout layout, List<String> labels,
                              double[][] data, long at, double fs) throws RecordingFormatException {
        List<Channel> got = part.channels();
        boolean[] used = new boolean[got.size()];
        for (int i = 0; i < data.length; i++) {
            int k = -1;
            if (!layout.variable()) {
                k = i < got.size() ? i : -1;
            } else {
                for (int j = 0; j < got.size() && k < 0; j++) {
                    if (!used[j] && baseLabel(got.get(j).label()).equals(baseLabel(labels.get(i)))) {
                        k = j;
                    }
                }
            }
            if (k < 0) {
                continue;
            }
            used[k] = true;
            Channel c = got.get(k);
            int spf = layout.signals().get(i).samplesPerFrame();
            if (Math.abs(c.rateHz() - fs * spf) > 1e-6 * c.rateHz()) {
                throw new RecordingFormatException(header, "segment " + seg.name() + ": signal '" + c.label()
                        + "' is sampled at " + c.rateHz() + " Hz, the record at " + fs * spf + " Hz");
            }
            double[] v = c.values().toArray();
            int n = (int) Math.min(v.length, seg.frames() * spf);
            System.arraycopy(v, 0, data[i], (int) (at * spf), n);
        }
    }

    private static String baseLabel(String label) {
        int hash = label.lastIndexOf('#');
        return hash > 0 && label.substring(hash + 1).matches("\\d+") ? label.substring(0, hash) : label;
    }

    private static int parse(Path header, String text, String what) throws RecordingFormatException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(header, what + " is not a whole number: '" + text + "'");
        }
    }

    /** The record's signals: the layout segment's (variable) or the first segment's (fixed). */
    private record Layout(List<WfdbSignalSpec> signals, boolean variable) {
        static Layout of(Path header, List<Segment> segments, List<Path> headers) throws IOException {
            for (int s = 0; s < segments.size(); s++) {
                if (headers.get(s) != null) {
                    WfdbHeader first = WfdbHeaderParser.parse(headers.get(s));
                    boolean variable = segments.get(s).frames() == 0
                            || first.signals().stream().allMatch(x -> x.fileName().equals("~"));
                    return new Layout(first.signals(), variable);
                }
            }
            throw new RecordingFormatException(header, "multi-segment record has only gaps");
        }
    }
}
