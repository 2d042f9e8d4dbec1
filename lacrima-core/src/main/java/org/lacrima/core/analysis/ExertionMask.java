package org.lacrima.core.analysis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lacrima.core.model.Index;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.quality.StepEvidence;

/**
 * Blanks every autonomic index of a block while the wearer walks or moves for long and while the body
 * recovers from it ({@link ExertionDetector}): those values measure effort, and a gap is shown instead of
 * a build-up or a release that never happened. Heart rate comes back as soon as the heart has
 * ({@link HeartRecovery}); the other indices wait out the full recovery. Fed the blocks of one session in order.
 */
final class ExertionMask {
    /** Name the exertion stretches are reported under. */
    static final String LABEL = "movement";

    private HeartRecovery heart;

    /**
     * Sets the block's index values inside exertion stretches to {@code NaN}.
     *
     * @param moving the accelerometer's moving stretches around the block, unwidened, in time order
     * @param steps  whether a sustained movement among them was stepping
     * @return the exertion stretches found (for the warnings)
     */
    List<BadInterval> apply(List<BadInterval> moving, StepEvidence steps, IndexBlock block, double rateHz) {
        List<BadInterval> exertion = ExertionDetector.detect(moving, LABEL, steps);
        double[] hr = block.indices.get(Index.HR);
        if (hr == null) {
            StretchBlanking.blank(block, exertion, rateHz, null);
            return exertion;
        }
        if (heart == null) {
            heart = new HeartRecovery(rateHz);
        }
        boolean[] hidden = heart.hidden(hr, block.firstIndex, exertion);
        Set<String> others = block.indices.keySet().stream().map(Index::key)
                .filter(k -> !k.equals(Index.HR.key())).collect(Collectors.toSet());
        StretchBlanking.blank(block, exertion, rateHz, others);
        for (int i = 0; i < hr.length; i++) {
            if (hidden[i]) {
                hr[i] = Double.NaN;
            }
        }
        return exertion;
    }
}
