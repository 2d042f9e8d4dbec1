package org.lacrima.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lacrima.io.BoundedFiles;
import org.lacrima.io.RecordingFormatException;

/**
 * Parses WFDB headers as PhysioNet writes them, and as people edit them: comment lines anywhere,
 * blank lines, CRLF endings, multi-frequency frames, fractional gains with baselines.
 */
public final class WfdbHeaderParser {
    /** Headers are a few hundred bytes; anything far larger is not a header. */
    private static final long MAX_HEADER_BYTES = 1 << 20;
    private static final int MAX_SIGNALS = 4096;
    private static final double DEFAULT_FRAME_RATE = 250;
    private static final double DEFAULT_GAIN = 200;
    private static final Pattern FORMAT = Pattern.compile("(\\d+)(?:x(\\d+))?(?::(\\d+))?(?:\\+(\\d+))?");
    private static final Pattern GAIN = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)"
            + "(?:\\(([-+]?\\d+(?:\\.\\d*)?)\\))?(?:/(.+))?");

    private final Path file;

    private WfdbHeaderParser(Path file) {
        this.file = file;
    }

    /** Parses the header file {@code file}. */
    public static WfdbHeader parse(Path file) throws IOException {
        String text = new String(BoundedFiles.read(file, MAX_HEADER_BYTES, "a WFDB header", false),
                StandardCharsets.ISO_8859_1);
        return new WfdbHeaderParser(file).parse(text);
    }

    private WfdbHeader parse(String text) throws RecordingFormatException {
        if (text.indexOf('\0') >= 0) {
            throw error("binary content, not a WFDB header");
        }
        List<String> lines = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
            } else if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw error("no record line");
        }
        String[] rec = lines.get(0).split("\\s+");
        if (rec.length < 2) {
            throw error("record line '" + lines.get(0) + "' lacks the number of signals");
        }
        String name = rec[0];
        if (name.contains("/")) {
            throw error("multi-segment records are not supported (" + name + ")");
        }
        int nsig = integer(rec[1], "number of signals");
        if (nsig <= 0 || nsig > MAX_SIGNALS) {
            throw error("implausible number of signals: " + nsig);
        }
        double fs = rec.length > 2 ? frameRate(rec[2]) : DEFAULT_FRAME_RATE;
        long frames = rec.length > 3 ? longInteger(rec[3], "number of samples") : -1;
        if (frames < -1) {
            throw error("negative number of samples: " + frames);
        }
        Optional<LocalDateTime> start = rec.length > 5 ? baseDateTime(rec[4], rec[5]) : Optional.empty();
        if (lines.size() - 1 < nsig) {
            throw error("header declares " + nsig + " signals but has " + (lines.size() - 1) + " signal lines");
        }
        List<WfdbSignalSpec> signals = new ArrayList<>(nsig);
        for (int i = 0; i < nsig; i++) {
            signals.add(signal(lines.get(i + 1), i + 1));
        }
        return new WfdbHeader(name, fs, frames == 0 ? -1 : frames, start, signals, comments);
    }

    private double frameRate(String token) throws RecordingFormatException {
        String fsText = token.split("/")[0];
        double fs = decimal(fsText, "sampling frequency");
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw error("sampling frequency must be positive, got " + fsText);
        }
        return fs;
    }

    static Optional<LocalDateTime> baseDateTime(String time, String date) {
        try {
            String[] t = time.split(":");
            String[] d = date.split("/");
            if (d.length != 3 || t.length < 1 || t.length > 3) {
                return Optional.empty();
            }
            double sec = Double.parseDouble(t[t.length - 1]);
            int minute = t.length >= 2 ? Integer.parseInt(t[t.length - 2]) : 0;
            int hour = t.length == 3 ? Integer.parseInt(t[0]) : 0;
            LocalTime lt = LocalTime.of(hour, minute, (int) sec, (int) Math.round((sec - Math.floor(sec)) * 1e9) % 1_000_000_000);
            return Optional.of(LocalDateTime.of(
                    LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]), Integer.parseInt(d[0])), lt));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private WfdbSignalSpec signal(String line, int number) throws RecordingFormatException {
        String[] t = line.split("\\s+");
        String what = " of signal " + number;
        if (t.length < 2) {
            throw error("signal line " + number + " '" + line + "' lacks the format");
        }
        Matcher f = FORMAT.matcher(t[1]);
        if (!f.matches()) {
            throw error("format" + what + " is not a WFDB format: '" + t[1] + "'");
        }
        int format = integer(f.group(1), "format" + what);
        int spf = f.group(2) == null ? 1 : integer(f.group(2), "samples per frame" + what);
        if (spf <= 0) {
            throw error("samples per frame" + what + " must be positive, got " + spf);
        }
        int skew = f.group(3) == null ? 0 : integer(f.group(3), "skew" + what);
        long offset = f.group(4) == null ? 0 : longInteger(f.group(4), "byte offset" + what);
        int adcZero = t.length > 4 ? integer(t[4], "ADC zero" + what) : 0;
        double gain = DEFAULT_GAIN;
        double baseline = adcZero;
        String units = "mV";
        if (t.length > 2) {
            Matcher g = GAIN.matcher(t[2]);
            if (!g.matches()) {
                throw error("gain" + what + " is not a number: '" + t[2] + "'");
            }
            gain = Double.parseDouble(g.group(1));
            if (gain == 0) {
                gain = DEFAULT_GAIN;
            }
            if (g.group(2) != null) {
                baseline = Double.parseDouble(g.group(2));
            }
            if (g.group(3) != null) {
                units = g.group(3);
            }
        }
        int adcRes = t.length > 3 ? integer(t[3], "ADC resolution" + what) : 0;
        OptionalInt initial = t.length > 5 ? OptionalInt.of(integer(t[5], "initial value" + what)) : OptionalInt.empty();
        OptionalInt checksum = t.length > 6 ? OptionalInt.of(integer(t[6], "checksum" + what)) : OptionalInt.empty();
        String description = t.length > 8 ? String.join(" ", Arrays.copyOfRange(t, 8, t.length)) : "signal " + number;
        return new WfdbSignalSpec(t[0], format, spf, skew, offset, gain, baseline, units, adcRes, adcZero,
                initial, checksum, description);
    }

    private int integer(String s, String what) throws RecordingFormatException {
        long v = longInteger(s, what);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw error(what + " out of range: '" + s + "'");
        }
        return (int) v;
    }

    private long longInteger(String s, String what) throws RecordingFormatException {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error(what + " is not an integer: '" + s + "'");
        }
    }

    private double decimal(String s, String what) throws RecordingFormatException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(what + " is not a number: '" + s + "'");
        }
    }

    private RecordingFormatException error(String problem) {
        return new RecordingFormatException(file, problem);
    }
}
