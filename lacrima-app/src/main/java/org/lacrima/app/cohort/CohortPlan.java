package org.lacrima.app.cohort;

import java.util.List;

/**
 * What a manifest or folder asks for once validated: the recordings to analyse and the rows that
 * were rejected (they go to the {@code failures} table; the rest still run).
 *
 * @param entries  valid recordings, with unique names, in manifest order
 * @param rejected rows that cannot be analysed, with their reasons
 */
public record CohortPlan(List<CohortEntry> entries, List<CohortFailure> rejected) {
    public CohortPlan {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }
}
