package org.lacrima.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What a delimited text file looks like from its first lines: the shapes that need their own reading. */
final class CsvShapes {
    private CsvShapes() {
    }

    enum Shape {
        /** A header row (or headerless numeric rows), read by {@link CsvRecordingSource}. */
        TABLE,
        /** Rows starting with an ISO-8601 date-time ({@code 2019-10-16T12:08:58.041+02:00}). */
        TIMESTAMPED,
        /** One line of comma-separated values (a heart-rate series). */
        VALUE_LINE
    }

    static Shape of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).limit(3).toList();
        if (lines.isEmpty()) {
            return Shape.TABLE;
        }
        String first = lines.get(0);
        if (instant(first.split("[,;\\t]", 2)[0]).isPresent()) {
            return Shape.TIMESTAMPED;
        }
        if (lines.size() == 1 && first.contains(",") && allNumbers(first.split(",")) && first.split(",").length > 2) {
            return Shape.VALUE_LINE;
        }
        return Shape.TABLE;
    }

    /** Seconds since the epoch of an ISO-8601 date-time (with zone offset, else taken as UTC). */
    static Optional<Double> instant(String text) {
        String t = text.strip().replace("\"", "");
        if (t.length() < 16 || t.charAt(4) != '-' || t.charAt(10) != 'T' && t.charAt(10) != ' ') {
            return Optional.empty();
        }
        t = t.replace(' ', 'T');
        try {
            OffsetDateTime o = OffsetDateTime.parse(t.endsWith("Z") ? t.substring(0, t.length() - 1) + "+00:00" : t);
            return Optional.of(o.toEpochSecond() + o.getNano() / 1e9);
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime l = LocalDateTime.parse(t);
                return Optional.of(l.toEpochSecond(java.time.ZoneOffset.UTC) + l.getNano() / 1e9);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    static boolean allNumbers(String[] fields) {
        for (String f : fields) {
            try {
                Double.parseDouble(f.strip());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return fields.length > 0;
    }
}
