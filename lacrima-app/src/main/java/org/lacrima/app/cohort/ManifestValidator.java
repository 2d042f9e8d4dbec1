package org.lacrima.app.cohort;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every manifest row before any analysis starts. A bad row (no such file, a date that is no
 * date, a baseline that is no range ...) becomes a failure with one line naming the row and the
 * problem; the good rows go on. Only a manifest without its required columns is rejected whole.
 *
 * <p>Columns (case and {@code _} ignored): {@code recording} (or {@code uri}, {@code path}, {@code file})
 * and {@code subject} are required; {@code session}, {@code date} (or {@code session_date}),
 * {@code condition} (or {@code arm}, {@code group}), {@code events} and {@code baseline} are optional.
 * Relative paths are resolved against the manifest's folder; {@code file:} URIs are accepted.
 */
public final class ManifestValidator {
    static final List<String> RECORDING = List.of("recording", "uri", "recordinguri", "path", "file");
    static final List<String> SUBJECT = List.of("subject", "subjectid", "client");
    static final List<String> SESSION = List.of("session", "sessionid");
    static final List<String> DATE = List.of("date", "sessiondate");
    static final List<String> CONDITION = List.of("condition", "arm", "group");
    static final List<String> EVENTS = List.of("events", "eventsuri", "eventsfile");
    static final List<String> BASELINE = List.of("baseline");
    /** The condition of recordings whose manifest has no condition column. */
    public static final String NO_CONDITION = "all";

    private ManifestValidator() {
    }

    /**
     * Validates the rows of {@code table}.
     *
     * @throws IllegalArgumentException naming the manifest when a required column is missing
     */
    public static CohortPlan validate(ManifestTable table) {
        Set<String> columns = table.rows().isEmpty() ? Set.of() : table.rows().get(0).keySet();
        for (List<String> required : List.of(RECORDING, SUBJECT)) {
            if (required.stream().noneMatch(columns::contains)) {
                throw new IllegalArgumentException(table.source() + ": no '" + required.get(0) + "' column (columns: "
                        + String.join(", ", columns) + ")");
            }
        }
        boolean hasCondition = CONDITION.stream().anyMatch(columns::contains);
        Path base = table.source().toAbsolutePath().getParent();
        String manifestName = table.source().getFileName().toString();
        List<CohortEntry> entries = new ArrayList<>();
        List<CohortFailure> rejected = new ArrayList<>();
        Map<Path, Integer> rowOfRecording = new HashMap<>();
        CohortNames names = new CohortNames();
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> row = table.rows().get(i);
            int rowNumber = i + 1;
            String recording = value(row, RECORDING);
            String subject = value(row, SUBJECT);
            String condition = hasCondition ? value(row, CONDITION) : NO_CONDITION;
            String where = manifestName + " row " + rowNumber + ": ";
            try {
                if (recording == null) {
                    throw new IllegalArgumentException("no recording given");
                }
                Path file = localPath(recording, base);
                if (!Files.exists(file)) {
                    throw new IllegalArgumentException(recording + ": no such file");
                }
                if (subject == null) {
                    throw new IllegalArgumentException(recording + ": no subject given");
                }
                if (condition == null) {
                    throw new IllegalArgumentException(recording + ": no condition given");
                }
                Integer earlier = rowOfRecording.putIfAbsent(file.normalize(), rowNumber);
                if (earlier != null) {
                    throw new IllegalArgumentException(recording + ": the same recording as row " + earlier);
                }
                Optional<LocalDate> date = Optional.ofNullable(value(row, DATE)).map(d -> date(d, recording));
                Optional<Path> events = Optional.ofNullable(value(row, EVENTS)).map(e -> localPath(e, base));
                if (events.isPresent() && !Files.isRegularFile(events.get())) {
                    throw new IllegalArgumentException(recording + ": events file " + value(row, EVENTS)
                            + " does not exist");
                }
                Optional<CohortEntry.BaselineRange> baseline = Optional.ofNullable(value(row, BASELINE))
                        .map(b -> baseline(b, recording));
                String session = Optional.ofNullable(value(row, SESSION)).orElse("");
                entries.add(new CohortEntry(names.unique(subject, session, file), file, subject, session, date,
                        condition, events, baseline));
            } catch (IllegalArgumentException e) {
                rejected.add(CohortFailure.inManifest(recording == null ? where.strip() : recording,
                        subject == null ? "" : subject, condition == null ? "" : condition, where + e.getMessage()));
            }
        }
        return new CohortPlan(entries, rejected);
    }

    private static String value(Map<String, String> row, List<String> aliases) {
        for (String alias : aliases) {
            if (row.get(alias) != null) {
                return row.get(alias);
            }
        }
        return null;
    }

    /** A path or {@code file:} URI as a local path; other schemes need a cluster file system. */
    static Path localPath(String text, Path base) {
        int colon = text.indexOf(':');
        // one letter before the colon is a Windows drive, not a scheme
        if (colon > 1 && text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            URI uri = URI.create(text);
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException(text + ": " + uri.getScheme() + " URIs are read by the Spark "
                        + "engine; on one machine give local paths or file: URIs");
            }
            return Path.of(uri);
        }
        Path path = Path.of(text);
        return path.isAbsolute() ? path : base.resolve(path).normalize();
    }

    private static LocalDate date(String text, String recording) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(recording + ": session date '" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static CohortEntry.BaselineRange baseline(String text, String recording) {
        try {
            return CohortEntry.BaselineRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(recording + ": " + e.getMessage(), e);
        }
    }
}
