package org.lacrima.core.sim;

import java.util.Objects;

/**
 * One confounding event of a simulated session, as the truth records it.
 *
 * @param kind     what happened
 * @param startSec seconds from the recording start
 * @param endSec   seconds from the recording start, {@code >= startSec} (equal for a single beat)
 */
public record Confounder(ConfounderKind kind, double startSec, double endSec) {
    public Confounder {
        Objects.requireNonNull(kind, "kind");
        if (!(startSec <= endSec)) {
            throw new IllegalArgumentException(kind.token() + " must not end before it starts: " + startSec + ".." + endSec);
        }
    }

    /** Whether this confounder lies within {@code marginSec} of the time {@code timeSec}. */
    public boolean near(double timeSec, double marginSec) {
        return timeSec >= startSec - marginSec && timeSec <= endSec + marginSec;
    }
}
