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

    /** Where an engine finds the files a manifest names. */
    public interface Locator {
        /**
         * The location of {@code text} (a path or URI from the manifest).
         *
         * @throws IllegalArgumentException when the engine cannot read such a location
         */
        String locate(String text);

        /** Whether a file (or folder) exists at {@code location}. */
        boolean exists(String location);
    }

    /**
     * Validates the rows of {@code table} for this machine: local paths relative to the manifest's
     * folder and {@code file:} URIs.
     *
     * @throws IllegalArgumentException naming the manifest when a required column is missing
     */
    public static CohortPlan validate(ManifestTable table) {
        Path base = table.source().toAbsolutePath().getParent();
        Locator local = new Locator() {
            @Override
            public String locate(String text) {
                return localPath(text, base).toString();
            }

            @Override
            public boolean exists(String location) {
                return Files.exists(Path.of(location));
            }
        };
        Validated rows = validate(table.rows(), table.source().toString(), local);
        List<CohortEntry> entries = rows.rows().stream().map(r -> r.toEntry(Path.of(r.recording()),
                Optional.ofNullable(r.events()).map(Path::of))).toList();
        return new CohortPlan(entries, rows.rejected());
    }

    /**
     * Valid rows and rejected ones.
     *
     * @param rows     the rows to analyse, in manifest order
     * @param rejected the rows that cannot be analysed, with their reasons
     */
    public record Validated(List<ManifestRow> rows, List<CohortFailure> rejected) {
    }

    /**
     * Validates manifest rows (column → text, as {@link ManifestTable} reads them), finding files through
     * {@code locator}.
     *
     * @param manifest the manifest's name or URI, for messages
     * @throws IllegalArgumentException naming the manifest when a required column is missing
     */
    public static Validated validate(List<Map<String, String>> table, String manifest, Locator locator) {
        Set<String> columns = table.isEmpty() ? Set.of() : table.get(0).keySet();
        for (List<String> required : List.of(RECORDING, SUBJECT)) {
            if (required.stream().noneMatch(columns::contains)) {
                throw new IllegalArgumentException(manifest + ": no '" + required.get(0) + "' column (columns: "
                        + String.join(", ", columns) + ")");
            }
        }
        boolean hasCondition = CONDITION.stream().anyMatch(columns::contains);
        String manifestName = manifest.substring(manifest.lastIndexOf('/') + 1);
        List<ManifestRow> rows = new ArrayList<>();
        List<CohortFailure> rejected = new ArrayList<>();
        Map<String, Integer> rowOfRecording = new HashMap<>();
        CohortNames names = new CohortNames();
        for (int i = 0; i < table.size(); i++) {
            Map<String, String> row = table.get(i);
            int rowNumber = i + 1;
            String recording = value(row, RECORDING);
            String subject = value(row, SUBJECT);
            String condition = hasCondition ? value(row, CONDITION) : NO_CONDITION;
            String where = manifestName + " row " + rowNumber + ": ";
            try {
                if (recording == null) {
                    throw new IllegalArgumentException("no recording given");
                }
                String file = locator.locate(recording);
                if (!locator.exists(file)) {
                    throw new IllegalArgumentException(recording + ": no such file");
                }
                if (subject == null) {
                    throw new IllegalArgumentException(recording + ": no subject given");
                }
                if (condition == null) {
                    throw new IllegalArgumentException(recording + ": no condition given");
                }
                Integer earlier = rowOfRecording.putIfAbsent(file, rowNumber);
                if (earlier != null) {
                    throw new IllegalArgumentException(recording + ": the same recording as row " + earlier);
                }
                LocalDate date = Optional.ofNullable(value(row, DATE)).map(d -> date(d, recording)).orElse(null);
                String events = Optional.ofNullable(value(row, EVENTS)).map(locator::locate).orElse(null);
                if (events != null && !locator.exists(events)) {
                    throw new IllegalArgumentException(recording + ": events file " + value(row, EVENTS)
                            + " does not exist");
                }
                String baseline = Optional.ofNullable(value(row, BASELINE)).map(b -> baseline(b, recording))
                        .map(CohortEntry.BaselineRange::toString).orElse(null);
                String session = Optional.ofNullable(value(row, SESSION)).orElse("");
                String fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
                rows.add(new ManifestRow(names.unique(subject, session, fileName), file, subject, session, date,
                        condition, events, baseline));
            } catch (IllegalArgumentException e) {
                rejected.add(CohortFailure.inManifest(recording == null ? where.strip() : recording,
                        subject == null ? "" : subject, condition == null ? "" : condition, where + e.getMessage()));
            }
        }
        return new Validated(rows, rejected);
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
        return (path.isAbsolute() ? path : base.resolve(path)).normalize();
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
