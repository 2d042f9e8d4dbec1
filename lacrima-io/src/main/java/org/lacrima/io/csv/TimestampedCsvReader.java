package org.lacrima.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.SampleBuffer;

/**
 * Rows that start with an ISO-8601 date-time and zone offset, with or without a header, as device
 * exports write them (Garmin). Two layouts: {@code time;KIND;value} (one irregular channel per kind,
 * each value at its own time) and {@code time;v1;v2;...} (regular channels at the rate of the whole
 * time column). The start is the first time, in UTC.
 */
final class TimestampedCsvReader {
    private static final int MIN_BYTES_PER_ROW = 20;

    private TimestampedCsvReader() {
    }

    static ReadResult read(Path file, ReadOptions options) throws IOException {
        options.budget().checkRecording(file, (double) Files.size(file) / MIN_BYTES_PER_ROW * 3, 0);
        options.budget().checkText(file, "the file holds", Files.size(file));
        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        char sep = CsvDialect.separator(lines.get(0), lines.size() > 1 ? lines.get(1) : null);
        String[] firstRow = lines.get(0).split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        boolean byKind = firstRow.length == 3 && !CsvShapes.allNumbers(new String[] {firstRow[1]});
        List<String> warnings = new ArrayList<>();
        double t0 = time(file, firstRow[0], 1);
        List<Channel> channels = byKind ? byKind(file, lines, sep, t0, options) : wide(file, lines, sep, t0, options, warnings);
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochMilli(Math.round(t0 * 1000)), ZoneOffset.UTC);
        RecordingMetadata meta = new RecordingMetadata(Optional.of(start), file.getFileName().toString(), "");
        return new ReadResult(new Recording(meta, channels, List.of()), warnings);
    }

    private static double time(Path file, String field, int line) throws RecordingFormatException {
        return CsvShapes.instant(field).orElseThrow(() -> new RecordingFormatException(file, "line " + line
                + ": '" + field.strip() + "' is not an ISO-8601 date-time"));
    }

    private static double number(Path file, String field, int line) throws RecordingFormatException {
        try {
            return Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(file, "line " + line + ": '" + field.strip() + "' is not a number");
        }
    }

    /** {@code time;KIND;value}: one irregular channel per kind, typed by the kind's name. */
    private static List<Channel> byKind(Path file, List<String> lines, char sep, double t0, ReadOptions options)
            throws RecordingFormatException {
        Map<String, SampleBuffer[]> kinds = new LinkedHashMap<>();
        String quoted = java.util.regex.Pattern.quote(String.valueOf(sep));
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(quoted, -1);
            if (f.length != 3) {
                throw new RecordingFormatException(file, "line " + (i + 1) + " has " + f.length + " fields, expected 3");
            }
            SampleBuffer[] tv = kinds.computeIfAbsent(f[1].strip(), k -> new SampleBuffer[] {new SampleBuffer(), new SampleBuffer()});
            tv[0].add(time(file, f[0], i + 1) - t0);
            tv[1].add(number(file, f[2], i + 1));
        }
        List<Channel> out = new ArrayList<>();
        for (Map.Entry<String, SampleBuffer[]> e : kinds.entrySet()) {
            String label = e.getKey();
            ChannelType type = options.typing().typeOf(label);
            double[] values = e.getValue()[1].toSamples().toArray();
            String unit = CsvRecordingSource.defaultUnit(type);
            if (type == ChannelType.RR) {
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                if (sorted.length > 0 && sorted[sorted.length / 2] > 10) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] /= 1000.0;
                    }
                }
                unit = "s";
            }
            out.add(Channel.irregular(label, type, unit == null ? "" : unit, e.getValue()[0].toSamples(), Samples.wrap(values)));
        }
        return out;
    }

    /** {@code time;v1;v2;...}: regular channels named after the file, at the rate of the whole time column. */
    private static List<Channel> wide(Path file, List<String> lines, char sep, double t0, ReadOptions options,
                                      List<String> warnings) throws RecordingFormatException {
        String quoted = java.util.regex.Pattern.quote(String.valueOf(sep));
        int width = lines.get(0).split(quoted, -1).length - 1;
        double[] times = new double[lines.size()];
        double[][] rows = new double[lines.size()][width];
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(quoted, -1);
            if (f.length != width + 1) {
                throw new RecordingFormatException(file, "line " + (i + 1) + " has " + f.length + " fields, expected " + (width + 1));
            }
            times[i] = time(file, f[0], i + 1) - t0;
            for (int k = 0; k < width; k++) {
                rows[i][k] = number(file, f[k + 1], i + 1);
            }
        }
        double rate = options.rateHz().orElse(rateOfSteps(times));
        if (Double.isNaN(rate)) {
            throw new RecordingFormatException(file, "the time column does not advance; give --rate");
        }
        // each row goes to the sample its time falls on; rows missing between (gaps) are NaN
        int samples = (int) Math.round(times[times.length - 1] * rate) + 1;
        options.budget().checkRecording(file, (double) samples * width, samples / rate);
        double[][] values = new double[width][samples];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        int previous = -1;
        for (int i = 0; i < times.length; i++) {
            int at = Math.max(previous + 1, (int) Math.round(times[i] * rate));
            if (at >= samples) {
                break;
            }
            for (int k = 0; k < width; k++) {
                values[k][at] = rows[i][k];
            }
            previous = at;
        }
        int missing = samples - times.length;
        if (missing > 0) {
            warnings.add(String.format(Locale.ROOT, "%s: %d Hz rows with gaps in the time column: %d samples (%.1f s) "
                    + "missing, kept as NaN", file.getFileName(), Math.round(rate), missing, missing / rate));
        }
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<Channel> out = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            String label = stem + " " + (k + 1);
            out.add(Channel.regular(label, options.typing().typeOf(label), "", rate, 0.0, Samples.wrap(values[k])));
        }
        return out;
    }

    /**
     * The rate of the typical row step: one over the median step, at the microsecond resolution of
     * the times (Garmin's 25 Hz rows step 0.040 s; repeated times and missing rows do not move it).
     */
    private static double rateOfSteps(double[] times) {
        if (times.length < 2) {
            return Double.NaN;
        }
        double[] steps = new double[times.length - 1];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = times[i + 1] - times[i];
        }
        Arrays.sort(steps);
        double median = Math.round(steps[steps.length / 2] * 1e6) / 1e6;
        return median > 0 ? 1 / median : Double.NaN;
    }
}
