package org.lacrima.app.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.nio.file.Path;

/**
 * One analysed recording of a cohort.
 *
 * @param entry        the recording and what the manifest says about it
 * @param contentHash  SHA-256 of its content
 * @param settingsHash fingerprint of the settings it was analysed with
 * @param analysis     the analysis as the JSON {@code analyze --json} writes
 * @param indicesCsv   its 4 Hz indices table, when indices were asked for
 * @param reused       whether the result came from an earlier run
 */
public record CohortResult(CohortEntry entry, String contentHash, String settingsHash, JsonNode analysis,
                           Optional<Path> indicesCsv, boolean reused) {
}
