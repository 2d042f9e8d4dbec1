package org.lacrima.app.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A validated manifest row, its files named as the engine that reads them locates them (a local path
 * on one machine, a Hadoop URI on Spark).
 *
 * @param name        unique name in the cohort
 * @param recording   where the recording is
 * @param subject     subject code
 * @param session     session label, may be empty
 * @param sessionDate session date, or null
 * @param condition   condition or arm
 * @param events      where the events file is, or null
 * @param baseline    {@code START:END} seconds, or null
 */
public record ManifestRow(String name, String recording, String subject, String session, LocalDate sessionDate,
                          String condition, String events, String baseline) implements Serializable {

    /** The cohort entry of this row once its files are local at {@code recording} and {@code events}. */
    public CohortEntry toEntry(java.nio.file.Path localRecording, Optional<java.nio.file.Path> localEvents) {
        return new CohortEntry(name, localRecording, subject, session, Optional.ofNullable(sessionDate), condition,
                localEvents, Optional.ofNullable(baseline).map(CohortEntry.BaselineRange::parse));
    }
}
