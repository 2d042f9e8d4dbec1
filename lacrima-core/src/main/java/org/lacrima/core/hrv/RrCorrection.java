package org.lacrima.core.hrv;

import java.util.Objects;
import org.lacrima.core.model.Samples;

/**
 * Artefact-corrected intervals (NN) and what was corrected.
 *
 * @param nn       the corrected series
 * @param ectopic  beats moved to the midpoint of their neighbours because they were ectopic
 * @param missed   beats inserted because a detection was missed
 * @param extra    beats removed because they were false detections
 * @param longShort beats moved because their interval was implausibly long or short
 * @param flaggedSec the original times (seconds) of the beats that were moved or removed, and of the
 *                  beats after which one was inserted: where the beat series is not to be trusted
 */
public record RrCorrection(RrSeries nn, int ectopic, int missed, int extra, int longShort, Samples flaggedSec) {
    public RrCorrection {
        Objects.requireNonNull(nn, "nn");
        Objects.requireNonNull(flaggedSec, "flaggedSec");
    }

    /** Number of corrected beats of all kinds. */
    public int corrected() {
        return ectopic + missed + extra + longShort;
    }
}
