package org.lacrima.io.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;
import org.lacrima.io.AtomicFiles;
import org.lacrima.io.BoundedFiles;
import org.lacrima.io.RecordingFormatException;

/**
 * Session events as CSV: {@code onset,label[,duration]}, onsets and durations in seconds from the
 * recording start (onsets may also be written {@code mm:ss} or {@code hh:mm:ss}, or as the clock time of day
 * with its date, {@code 2026-12-03T10:15:30.250} or {@code 2026-12-03 10:15:30}, as a phone app logging beside
 * a strap writes them; those are placed by the recording's start date-time). The header row is optional; with
 * one, columns are found by name (onset/time/start/phone timestamp, label/event/name/marker, duration, kind; without
 * a kind column, a type or category column whose value names a kind). Otherwise an event's kind is read from its label
 * ("intervention: breathing" is an intervention).
 */
public final class EventsCsv {
    private static final long MAX_BYTES = 64L << 20;

    /** The start date-time of the recording the events belong to, asked for only when an onset is a clock time. */
    @FunctionalInterface
    public interface RecordingStart {
        /** The recording's start, if it has one. */
        Optional<LocalDateTime> get() throws IOException;

        /** For events read without their recording: a clock-time onset is then refused. */
        RecordingStart UNKNOWN = Optional::empty;
    }

    private EventsCsv() {
    }

    /** The events in {@code file}, sorted by onset; clock-time onsets are refused (no recording to place them by). */
    public static List<Event> read(Path file) throws IOException {
        return read(file, RecordingStart.UNKNOWN);
    }

    /** The events in {@code file}, sorted by onset, clock-time onsets placed by {@code start}. */
    public static List<Event> read(Path file, RecordingStart start) throws IOException {
        byte[] bytes = BoundedFiles.readText(file, MAX_BYTES, "an events CSV", true);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .limit(2).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        char sep = CsvDialect.separator(lines.get(0), lines.size() > 1 ? lines.get(1) : null);
        List<Event> events = new ArrayList<>();
        int onsetCol = 0;
        int labelCol = 1;
        int durationCol = 2;
        int kindCol = -1;
        int typeCol = -1;
        boolean first = true;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(sep).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).commentStrategy(CommentStrategy.SKIP)
                .ofCsvRecord(text)) {
            for (CsvRecord rec : reader) {
                List<String> f = rec.getFields().stream().map(String::strip).toList();
                long line = rec.getStartingLineNumber();
                if (first) {
                    first = false;
                    if (onset(f.get(0)) == null && clockTime(f.get(0)) == null) {
                        onsetCol = find(f, -1, "onset", "time", "start", "onset_s", "time_s", "onset_sec", "seconds",
                                "phone_timestamp", "timestamp");
                        labelCol = find(f, -1, "label", "event", "name", "annotation", "description", "text", "marker");
                        durationCol = find(f, -1, "duration", "dur", "duration_s", "length");
                        kindCol = find(f, -1, "kind");
                        typeCol = kindCol < 0 ? find(f, -1, "type", "category", "event_type") : -1;
                        if (onsetCol < 0 || labelCol < 0) {
                            throw new RecordingFormatException(file, "header needs an onset and a label column, got "
                                    + f);
                        }
                        continue;
                    }
                }
                events.add(withType(f, typeCol, withKind(file, f, line, kindCol, event(file, f, line, onsetCol,
                        labelCol, durationCol, start))));
            }
        } catch (CsvParseException e) {
            throw new RecordingFormatException(file, "malformed CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        events.sort(Comparator.comparingDouble(Event::onsetSec));
        return events;
    }

    private static Event event(Path file, List<String> f, long line, int onsetCol, int labelCol, int durationCol,
                               RecordingStart start) throws IOException {
        if (f.size() <= Math.max(onsetCol, labelCol)) {
            throw new RecordingFormatException(file, "line " + line + " has " + f.size()
                    + " fields; expected onset,label[,duration]");
        }
        Double onset = onset(f.get(onsetCol));
        LocalDateTime clock = onset == null ? clockTime(f.get(onsetCol)) : null;
        if (clock != null) {
            LocalDateTime from = start.get().orElseThrow(() -> new RecordingFormatException(file, "line "
                    + line + ": onset '" + f.get(onsetCol) + "' is a clock time, but the recording has no start "
                    + "date-time to place it by"));
            onset = Duration.between(from, clock).toNanos() / 1e9;
            if (onset < 0) {
                throw new RecordingFormatException(file, "line " + line + ": onset " + f.get(onsetCol)
                        + " is before the recording's start (" + from + ")");
            }
        }
        if (onset == null || !Double.isFinite(onset)) {
            throw new RecordingFormatException(file, "line " + line + ": onset '" + f.get(onsetCol)
                    + "' is not a number of seconds");
        }
        String label = f.get(labelCol);
        if (label.isEmpty()) {
            throw new RecordingFormatException(file, "line " + line + ": empty label");
        }
        double duration = 0;
        if (durationCol >= 0 && durationCol < f.size() && !f.get(durationCol).isEmpty()) {
            Double d = onset(f.get(durationCol));
            if (d == null || !(d >= 0) || Double.isInfinite(d)) {
                throw new RecordingFormatException(file, "line " + line + ": duration '" + f.get(durationCol)
                        + "' is not a non-negative number of seconds");
            }
            duration = d;
        }
        return new Event(onset, duration, label);
    }

    /**
     * The event with the kind its {@code type} (or {@code category}) column names, when that column names one
     * (intervention, tears, marker, note): other tools file an event's kind there. Other values of such a column
     * (start, stop, a device's codes) say nothing of the kind, which is then read from the label.
     */
    private static Event withType(List<String> f, int typeCol, Event e) {
        if (typeCol < 0 || typeCol >= f.size()) {
            return e;
        }
        return EventKind.parse(f.get(typeCol)).map(k -> new Event(e.onsetSec(), e.durationSec(), e.label(), k))
                .orElse(e);
    }

    /** The event with the kind its {@code kind} column gives; without one (or empty), the kind read from the label. */
    private static Event withKind(Path file, List<String> f, long line, int kindCol, Event e)
            throws RecordingFormatException {
        if (kindCol < 0 || kindCol >= f.size() || f.get(kindCol).isEmpty()) {
            return e;
        }
        EventKind kind = EventKind.parse(f.get(kindCol)).orElseThrow(() -> new RecordingFormatException(file,
                "line " + line + ": kind '" + f.get(kindCol) + "' is not one of intervention, tears, marker, note"));
        return new Event(e.onsetSec(), e.durationSec(), e.label(), kind);
    }

    /** A date and time of day ("2026-12-03T10:15:30.250", "2026-12-03 10:15:30"), or null if it is none. */
    static LocalDateTime clockTime(String s) {
        try {
            return LocalDateTime.parse(s.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds from "12.5", "02:30" or "1:02:30", or null if none of these. */
    static Double onset(String s) {
        try {
            if (s.indexOf(':') < 0) {
                return Double.parseDouble(s);
            }
            String[] parts = s.split(":");
            if (parts.length > 3) {
                return null;
            }
            double sec = 0;
            for (String p : parts) {
                if (p.isEmpty() || p.startsWith("-")) {
                    return null;
                }
                sec = sec * 60 + Double.parseDouble(p);
            }
            return sec;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int find(List<String> header, int fallback, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT).replaceAll("\\s*[\\[(].*", "").replace(' ', '_');
            for (String n : names) {
                if (h.equals(n)) {
                    return i;
                }
            }
        }
        return fallback;
    }

    /** Writes {@code events} as {@code onset,label,duration,kind} with a header row (via a temporary file). */
    public static void write(List<Event> events, Path target) throws IOException {
        AtomicFiles.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
                csv.writeRecord("onset", "label", "duration", "kind");
                for (Event e : events) {
                    csv.writeRecord(Double.toString(e.onsetSec()), e.label(), Double.toString(e.durationSec()),
                            e.kind().jsonName());
                }
            }
        });
    }
}
