package org.lacrima.app.cohort;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One recording of a cohort, as the manifest describes it once validated.
 *
 * @param name        its unique name in the cohort (the {@code recording} column of every table)
 * @param recording   the recording file or folder
 * @param subject     the subject (client) code
 * @param session     the session label within the subject (e.g. "s03"); may be empty
 * @param sessionDate the date of the session, if the manifest gives one
 * @param condition   the condition or trial arm
 * @param events      an events file ({@code onset,label[,duration]}) whose events join the recording's own
 * @param baseline    a chosen calm stretch, or empty to let the analysis find one
 */
public record CohortEntry(String name, Path recording, String subject, String session,
                          Optional<LocalDate> sessionDate, String condition, Optional<Path> events,
                          Optional<BaselineRange> baseline) {
    public CohortEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * A baseline stretch in seconds from the recording start.
     *
     * @param startSec start, at least 0
     * @param endSec   end, after the start
     */
    public record BaselineRange(double startSec, double endSec) {
        public BaselineRange {
            if (!(startSec >= 0 && endSec > startSec && Double.isFinite(endSec))) {
                throw new IllegalArgumentException("baseline must be START:END in seconds with 0 <= START < END");
            }
        }

        /** Parses {@code START:END}. */
        public static BaselineRange parse(String text) {
            String[] parts = text.split(":");
            try {
                if (parts.length == 2) {
                    return new BaselineRange(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
                }
            } catch (IllegalArgumentException e) { // NumberFormatException too
                // reported below
            }
            throw new IllegalArgumentException("baseline '" + text + "' is not START:END in seconds with 0 <= START < END");
        }

        @Override
        public String toString() {
            return startSec + ":" + endSec;
        }
    }
}
