package org.lacrima.app.cohort;

/**
 * A recording of the cohort that has no result, and why: one row of the {@code failures} table.
 *
 * @param recording the recording as the manifest names it (path or URI), or the manifest row
 * @param subject   its subject, empty when unknown
 * @param condition its condition, empty when unknown
 * @param stage     {@code manifest} (rejected before analysis) or {@code analysis} (could not be read or analysed)
 * @param reason    one line naming the problem
 */
public record CohortFailure(String recording, String subject, String condition, String stage, String reason) {
    /** A failure found while validating the manifest. */
    public static CohortFailure inManifest(String recording, String subject, String condition, String reason) {
        return new CohortFailure(recording, subject, condition, "manifest", reason);
    }

    /** A recording that could not be read or analysed. */
    public static CohortFailure inAnalysis(CohortEntry entry, String reason) {
        return new CohortFailure(entry.recording().toString(), entry.subject(), entry.condition(), "analysis", reason);
    }
}
