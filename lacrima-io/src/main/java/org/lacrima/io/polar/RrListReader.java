package org.lacrima.io.polar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.BoundedFiles;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;

/**
 * Reads a plain list of RR intervals, one per line, in milliseconds or seconds (a median above 10 is
 * taken as milliseconds). An optional non-numeric first line is a header. Beat times are the
 * cumulative sum of the intervals, so the first beat lies one interval after the start.
 */
public final class RrListReader {
    private static final long MAX_BYTES = 256L << 20;

    private RrListReader() {
    }

    /** Reads {@code file}. */
    public static ReadResult read(Path file) throws IOException {
        List<String> lines = lines(file);
        List<Double> intervals = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String s = raw.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                intervals.add(Double.parseDouble(s.replace(',', '.')));
            } catch (NumberFormatException e) {
                if (intervals.isEmpty() && lineNo == 1) {
                    continue;
                }
                throw new RecordingFormatException(file, "line " + lineNo + ": '" + abbreviate(s)
                        + "' is not an RR interval");
            }
        }
        double[] rr = intervals.stream().mapToDouble(Double::doubleValue).toArray();
        Recording rec = recording(file, rr, Optional.empty());
        return new ReadResult(rec, List.of());
    }

    /**
     * A recording holding one irregular RR channel (seconds) built from {@code intervals} in milliseconds
     * or seconds, with beat times from their cumulative sum.
     */
    static Recording recording(Path file, double[] intervals, Optional<java.time.LocalDateTime> start)
            throws RecordingFormatException {
        return recording(file, inSeconds(file, intervals), new double[intervals.length], start);
    }

    /**
     * {@code intervals} (milliseconds or seconds) in seconds.
     *
     * @throws RecordingFormatException naming the first interval that is not positive, or when there is none
     */
    static double[] inSeconds(Path file, double[] intervals) throws RecordingFormatException {
        if (intervals.length == 0) {
            throw new RecordingFormatException(file, "no RR intervals");
        }
        double[] sorted = intervals.clone();
        java.util.Arrays.sort(sorted);
        double divisor = sorted[sorted.length / 2] > 10 ? 1000.0 : 1.0;
        double[] seconds = new double[intervals.length];
        for (int i = 0; i < intervals.length; i++) {
            seconds[i] = intervals[i] / divisor;
            if (!(seconds[i] > 0) || Double.isInfinite(seconds[i])) {
                throw new RecordingFormatException(file, "RR interval " + (i + 1) + " is not positive: " + intervals[i]);
            }
        }
        return seconds;
    }

    /**
     * A recording holding one irregular RR channel built from {@code intervalsSec}, each beat one interval after the
     * previous one plus the seconds {@code lostSecBefore} it (a stretch without beats, as a Bluetooth dropout leaves).
     */
    static Recording recording(Path file, double[] intervalsSec, double[] lostSecBefore,
                               Optional<java.time.LocalDateTime> start) {
        double[] values = intervalsSec.clone();
        double[] times = new double[values.length];
        double t = 0;
        for (int i = 0; i < values.length; i++) {
            t += lostSecBefore[i] + values[i];
            times[i] = t;
        }
        Channel rr = Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(times), Samples.wrap(values));
        return new Recording(new RecordingMetadata(start, file.getFileName().toString(), ""), List.of(rr), List.of());
    }

    static List<String> lines(Path file) throws IOException {
        byte[] b = BoundedFiles.readText(file, MAX_BYTES, "a text export", false);
        return new String(b, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
    }

    static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "..." : s;
    }
}
