package org.lacrima.io.e4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.SampleBuffer;

/**
 * Reads an Empatica E4 export (folder or zip). Each signal file starts with its own UTC start time
 * (unix seconds) and rate; the earliest start is the recording start (metadata, UTC) and every
 * channel keeps its offset from it. EDA (uS), BVP (as PPG), HR (bpm), TEMP (degC), ACC (1/64 g,
 * converted to g, one channel per axis), IBI (an irregular RR channel in seconds stamped with beat
 * times) and tags (events labelled "tag").
 */
public final class E4Reader {
    private static final double ACC_UNITS_PER_G = 64.0;
    private static final double MIN_SKIN_DEG_C = 15;
    private static final double MAX_SKIN_DEG_C = 45;

    private E4Reader() {
    }

    private static boolean isZip(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * Whether the file at {@code path} has an E4 file's content (start time, rate, rows), whatever
     * its name: an E4 {@code EDA.csv} saved as {@code EDA copia.txt} is still one.
     */
    public static boolean isE4File(String head) {
        return E4Files.looksLikeE4(head);
    }

    /** Whether {@code path} is a folder holding an E4 export, directly or in its one sub-folder. */
    public static boolean isExport(Path path) throws IOException {
        return Files.isDirectory(path) && E4Files.exportFolder(path) != null;
    }

    /** Reads the export at {@code source} within the {@linkplain ReadBudget#defaults() default budget}. */
    public static ReadResult read(Path path, ChannelTyping typing) throws IOException {
        return read(path, typing, ReadBudget.defaults());
    }

    /**
     * Reads the export at {@code source}: a folder, a folder holding one export folder, or a zip,
     * refusing it when its files hold (or unpack to) more text than {@code budget} allows.
     */
    public static ReadResult read(Path path, ChannelTyping typing, ReadBudget budget) throws IOException {
        // one file of an unpacked export stands for its folder when its siblings are E4 files too
        Path source = path;
        Map<String, String> files;
        if (isZip(path) || Files.isDirectory(path)) {
            files = E4Files.load(source, budget);
        } else if (E4Files.isE4Name(path.getFileName().toString()) && isExport(path.toAbsolutePath().getParent())) {
            source = path.toAbsolutePath().getParent();
            files = E4Files.load(source, budget);
        } else {
            files = Map.of(E4SingleFile.memberName(path), E4SingleFile.text(path, budget));
        }
        List<String> warnings = new ArrayList<>();
        List<E4Signal> signals = new ArrayList<>();
        for (String name : List.of("EDA.CSV", "BVP.CSV", "HR.CSV", "TEMP.CSV", "ACC.CSV")) {
            String text = files.get(name);
            if (text != null && !text.isBlank()) {
                signals.add(E4Signal.parse(source, name, text));
            }
        }
        E4Ibi ibi = files.containsKey("IBI.CSV") && !files.get("IBI.CSV").isBlank()
                ? E4Ibi.parse(source, files.get("IBI.CSV")) : null;
        if (signals.isEmpty() && ibi == null) {
            throw new RecordingFormatException(source, "E4 export has no signal file with data");
        }
        double earliest = Double.POSITIVE_INFINITY;
        for (E4Signal s : signals) {
            earliest = Math.min(earliest, s.startUnixSec());
        }
        if (ibi != null) {
            earliest = Math.min(earliest, ibi.startUnixSec());
        }
        List<Channel> channels = new ArrayList<>();
        for (E4Signal s : signals) {
            channels.addAll(channelsOf(s, s.startUnixSec() - earliest, typing));
        }
        if (ibi != null) {
            double shift = ibi.startUnixSec() - earliest;
            double[] times = ibi.offsetsSec().clone();
            for (int i = 0; i < times.length; i++) {
                times[i] += shift;
            }
            ChannelType ibiType = ibiPolicy(source, ibi, signals, warnings);
            channels.add(Channel.irregular("IBI", typed(typing, "IBI", ibiType), "s",
                    Samples.wrap(times), Samples.wrap(ibi.intervalsSec())));
        }
        warnImplausibleTemperatures(source, channels, warnings);
        List<Event> events = tags(source, files.get("TAGS.CSV"), earliest);
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochMilli(Math.round(earliest * 1000)), ZoneOffset.UTC);
        RecordingMetadata meta = new RecordingMetadata(Optional.of(start), source.getFileName().toString(), "",
                BodySite.WRIST);
        return new ReadResult(new Recording(meta, channels, events), warnings);
    }

    /** Below this share of the BVP's span covered by the device's beats, pulses come from the BVP instead. */
    static final double MIN_IBI_COVERAGE = 0.5;

    /**
     * The IBI policy (issue 13): IBI.csv holds the device's own beats, which it drops wherever the
     * BVP is disturbed; an RR channel makes the analysis use them instead of detecting pulses in the
     * BVP. They are used (typed RR) when they cover at least {@link #MIN_IBI_COVERAGE} of the BVP's
     * span, or when there is no BVP; else the BVP's pulses are used, the IBI channel is kept typed
     * OTHER, and a warning says so.
     */
    private static ChannelType ibiPolicy(Path source, E4Ibi ibi, List<E4Signal> signals, List<String> warnings) {
        E4Signal bvp = signals.stream().filter(s -> s.name().equals("BVP.CSV")).findFirst().orElse(null);
        if (bvp == null || bvp.columns()[0].length == 0) {
            return ChannelType.RR;
        }
        double bvpSec = bvp.columns()[0].length / bvp.rateHz();
        double covered = 0;
        for (double v : ibi.intervalsSec()) {
            covered += v;
        }
        double share = covered / bvpSec;
        if (share >= MIN_IBI_COVERAGE) {
            return ChannelType.RR;
        }
        warnings.add(String.format(java.util.Locale.ROOT, "%s: the device's beats (IBI.csv) cover %.0f%% of the %.0f s "
                + "of BVP; pulses are detected in the BVP instead (IBI kept as channel 'IBI', type OTHER; "
                + "--channel IBI=RR uses it)", source.getFileName(), 100 * share, bvpSec));
        return ChannelType.OTHER;
    }

    /** The E4 writes a few hundred degrees while its thermopile settles (WESAD S2 starts at 382.18). */
    private static void warnImplausibleTemperatures(Path source, List<Channel> channels, List<String> warnings) {
        for (Channel c : channels) {
            if (c.type() != ChannelType.TEMP) {
                continue;
            }
            int bad = 0;
            for (int i = 0; i < c.length(); i++) {
                double v = c.values().get(i);
                if (v < MIN_SKIN_DEG_C || v > MAX_SKIN_DEG_C) {
                    bad++;
                }
            }
            if (bad > 0) {
                warnings.add(source.getFileName() + ": TEMP.csv has " + bad + " values outside " + MIN_SKIN_DEG_C
                        + ".." + MAX_SKIN_DEG_C + " degC (sensor artefacts), kept as recorded");
            }
        }
    }

    private static List<Channel> channelsOf(E4Signal s, double offsetSec, ChannelTyping typing) {
        String name = s.name().substring(0, s.name().length() - 4);
        return switch (name) {
            case "ACC" -> {
                List<Channel> axes = new ArrayList<>();
                String[] axis = {"ACC_X", "ACC_Y", "ACC_Z"};
                for (int k = 0; k < Math.min(3, s.columns().length); k++) {
                    double[] v = s.columns()[k];
                    for (int i = 0; i < v.length; i++) {
                        v[i] /= ACC_UNITS_PER_G;
                    }
                    axes.add(Channel.regular(axis[k], typed(typing, axis[k], ChannelType.ACC), "g", s.rateHz(), offsetSec,
                            Samples.wrap(v)));
                }
                yield axes;
            }
            case "EDA" -> List.of(regular(s, "EDA", ChannelType.EDA, "uS", offsetSec, typing));
            case "BVP" -> List.of(regular(s, "BVP", ChannelType.PPG, "a.u.", offsetSec, typing));
            case "HR" -> List.of(regular(s, "HR", ChannelType.HR, "bpm", offsetSec, typing));
            case "TEMP" -> List.of(regular(s, "TEMP", ChannelType.TEMP, "degC", offsetSec, typing));
            default -> List.of();
        };
    }

    private static Channel regular(E4Signal s, String label, ChannelType type, String unit, double offsetSec,
                                   ChannelTyping typing) {
        return Channel.regular(label, typed(typing, label, type), unit, s.rateHz(), offsetSec,
                Samples.wrap(s.columns()[0]));
    }

    private static ChannelType typed(ChannelTyping typing, String label, ChannelType fixed) {
        return typing.isOverridden(label) ? typing.typeOf(label) : fixed;
    }

    private static List<Event> tags(Path source, String text, double earliest) throws RecordingFormatException {
        List<Event> events = new ArrayList<>();
        if (text == null) {
            return events;
        }
        int line = 0;
        for (String raw : text.split("\r?\n")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            double t = E4Signal.number(source, "tags.csv", line, s);
            events.add(Event.at(t - earliest, "tag"));
        }
        return events;
    }

    /** A sampled E4 file: start, rate and one or more value columns. */
    record E4Signal(String name, double startUnixSec, double rateHz, double[][] columns) {

        static E4Signal parse(Path source, String name, String text) throws RecordingFormatException {
            int second = lineStart(text, 0);
            int third = lineStart(text, second);
            if (second >= text.length()) {
                throw new RecordingFormatException(source, fileName(name) + ": missing the sampling rate line");
            }
            String[] startFields = text.substring(0, second).strip().split(",");
            double start = number(source, name, 1, startFields[0]);
            String rateLine = text.substring(second, third).strip();
            double rate = number(source, name, 2, rateLine.split(",")[0]);
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new RecordingFormatException(source, fileName(name) + ": sampling rate must be positive, got "
                        + rateLine);
            }
            int width = startFields.length;
            SampleBuffer[] cols = new SampleBuffer[width];
            for (int k = 0; k < width; k++) {
                cols[k] = new SampleBuffer(text.length() / (6 * width) + 16);
            }
            // hand-rolled scanning: BVP files have half a million lines, and regex splitting dominated
            int pos = third;
            int line = 3;
            double[] row = new double[width];
            while (pos < text.length()) {
                int next = lineStart(text, pos);
                int stop = next;
                while (stop > pos && Character.isWhitespace(text.charAt(stop - 1))) {
                    stop--;
                }
                if (stop > pos) {
                    if (!parseRow(source, name, line, text, pos, stop, row)) {
                        if (text.substring(next).isBlank()) {
                            break;
                        }
                        throw new RecordingFormatException(source, fileName(name) + " line " + line
                                + " does not have " + width + " fields");
                    }
                    for (int k = 0; k < width; k++) {
                        cols[k].add(row[k]);
                    }
                }
                pos = next;
                line++;
            }
            double[][] columns = new double[width][];
            for (int k = 0; k < width; k++) {
                columns[k] = cols[k].toSamples().toArray();
            }
            return new E4Signal(name, start, rate, columns);
        }

        /** Parses the comma-separated fields of {@code text[from, to)} into {@code row}; false if the count differs. */
        private static boolean parseRow(Path source, String name, int line, String text, int from, int to, double[] row)
                throws RecordingFormatException {
            int fieldStart = from;
            for (int k = 0; k < row.length; k++) {
                int end = fieldStart;
                while (end < to && text.charAt(end) != ',') {
                    end++;
                }
                if (k < row.length - 1 && end == to || k == row.length - 1 && end != to) {
                    return false;
                }
                row[k] = number(source, name, line, text.substring(fieldStart, end));
                fieldStart = end + 1;
            }
            return true;
        }

        private static int lineStart(String text, int from) {
            int nl = text.indexOf('\n', from);
            return nl < 0 ? text.length() : nl + 1;
        }

        static String fileName(String upper) {
            return upper.replace(".CSV", ".csv");
        }

        static double number(Path source, String name, int line, String field) throws RecordingFormatException {
            try {
                return Double.parseDouble(field.strip());
            } catch (NumberFormatException e) {
                throw new RecordingFormatException(source, fileName(name) + " line " + line + ": '" + field.strip() + "' is not a number");
            }
        }
    }

    /** IBI.csv: start time, then (offset from start, interval) pairs in seconds. */
    record E4Ibi(double startUnixSec, double[] offsetsSec, double[] intervalsSec) {

        static E4Ibi parse(Path source, String text) throws RecordingFormatException {
            String[] lines = text.split("\r?\n");
            double start = E4Signal.number(source, "IBI.CSV", 1, lines[0].split(",")[0]);
            SampleBuffer t = new SampleBuffer();
            SampleBuffer v = new SampleBuffer();
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] f = l.split(",");
                if (f.length != 2) {
                    throw new RecordingFormatException(source, "IBI.csv line " + (i + 1) + " has " + f.length
                            + " fields, expected 2");
                }
                t.add(E4Signal.number(source, "IBI.CSV", i + 1, f[0]));
                v.add(E4Signal.number(source, "IBI.CSV", i + 1, f[1]));
            }
            return new E4Ibi(start, t.toSamples().toArray(), v.toSamples().toArray());
        }
    }
}
