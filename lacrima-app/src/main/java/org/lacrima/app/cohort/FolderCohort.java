package org.lacrima.app.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lacrima.app.batch.RecordingFinder;

/**
 * A cohort given as a folder instead of a manifest: the recordings are found as batch mode finds
 * them ({@link RecordingFinder}, with their events sidecars), and subject, session, condition and
 * date come from each recording's path relative to the folder through a regular expression with
 * named groups {@code subject}, {@code session}, {@code condition} and {@code date}, e.g.
 * {@code (?<condition>[^/]+)/(?<subject>[^/]+)/(?<session>[^/.]+)\..*}. Without a pattern the
 * first folder is the subject, the file stem the session, and every recording is in condition
 * {@value ManifestValidator#NO_CONDITION}.
 */
public final class FolderCohort {
    private FolderCohort() {
    }

    /**
     * @param pattern matched against the whole relative path ({@code /} separated), or null for the default
     * @throws IllegalArgumentException when the pattern does not compile or has no {@code subject} group
     */
    public static CohortPlan plan(Path folder, String pattern) throws IOException {
        Pattern regex = compile(pattern);
        CohortNames names = new CohortNames();
        List<CohortEntry> entries = new ArrayList<>();
        List<CohortFailure> rejected = new ArrayList<>();
        for (RecordingFinder.Candidate c : RecordingFinder.find(List.of(folder))) {
            String relative = folder.relativize(c.input()).toString().replace('\\', '/');
            try {
                entries.add(regex == null ? byFolders(c, relative, names) : byPattern(c, relative, regex, names));
            } catch (IllegalArgumentException e) {
                rejected.add(CohortFailure.inManifest(c.input().toString(), "", "", relative + ": " + e.getMessage()));
            }
        }
        return new CohortPlan(entries, rejected);
    }

    private static Pattern compile(String pattern) {
        if (pattern == null) {
            return null;
        }
        if (!pattern.contains("(?<subject>")) {
            throw new IllegalArgumentException("--pattern needs a named group (?<subject>...), got " + pattern);
        }
        return Pattern.compile(pattern);
    }

    private static CohortEntry byFolders(RecordingFinder.Candidate c, String relative, CohortNames names) {
        String[] parts = relative.split("/");
        String stem = stem(parts[parts.length - 1]);
        String subject = parts.length > 1 ? parts[0] : stem;
        String session = parts.length > 1 ? stem : "";
        return new CohortEntry(names.unique(subject, session, c.input()), c.input(), subject, session,
                Optional.empty(), ManifestValidator.NO_CONDITION, c.events(), Optional.empty());
    }

    private static CohortEntry byPattern(RecordingFinder.Candidate c, String relative, Pattern regex, CohortNames names) {
        Matcher m = regex.matcher(relative);
        if (!m.matches()) {
            throw new IllegalArgumentException("does not match --pattern " + regex.pattern());
        }
        String subject = group(m, "subject").orElseThrow(() -> new IllegalArgumentException("no subject in the path"));
        String session = group(m, "session").orElse("");
        String condition = group(m, "condition").orElse(ManifestValidator.NO_CONDITION);
        Optional<LocalDate> date = group(m, "date").map(FolderCohort::date);
        return new CohortEntry(names.unique(subject, session, c.input()), c.input(), subject, session, date, condition,
                c.events(), Optional.empty());
    }

    private static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name)).filter(s -> !s.isBlank());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the pattern has no such group
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
