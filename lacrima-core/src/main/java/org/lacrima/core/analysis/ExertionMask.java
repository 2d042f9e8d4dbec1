package org.lacrima.core.analysis;

import java.util.List;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;

/**
 * Blanks every autonomic index of a block while the wearer walks or moves for long and while the body
 * recovers from it ({@link ExertionDetector}): those values measure effort, and a gap is shown instead of
 * a build-up or a release that never happened.
 */
final class ExertionMask {
    /** Name the exertion stretches are reported under. */
    static final String LABEL = "movement";

    private ExertionMask() {
    }

    /**
     * Sets the block's index values inside exertion stretches to {@code NaN}.
     *
     * @param moving the accelerometer's moving stretches around the block, unwidened, in time order
     * @return the exertion stretches found (for the warnings)
     */
    static List<BadInterval> apply(List<BadInterval> moving, IndexBlock block, double rateHz) {
        List<BadInterval> exertion = ExertionDetector.detect(moving, LABEL);
        StretchBlanking.blank(block, exertion, rateHz, null);
        return exertion;
    }
}
