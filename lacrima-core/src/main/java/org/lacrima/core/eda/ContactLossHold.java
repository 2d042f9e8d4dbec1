package org.lacrima.core.eda;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.QualityRules;
import org.lacrima.core.quality.SignalQualityAssessor;

/**
 * Electrodes that lost contact read an implausible value (an E4 reads about 0 µS) until the skin is touched again. The
 * quality mask blanks those samples in the indices, but the low-pass and the tonic split run over them first, and their
 * zeros would pull the skin conductance level toward zero for seconds on either side of the stretch: a fall no body
 * made. Each implausible sample is therefore replaced by the last plausible one before it, which needs nothing after it,
 * so a live stream (samples fed block by block, this holding the last plausible value from feed to feed) and a whole
 * file replace them alike. Before any plausible sample the values are left as they are.
 */
final class ContactLossHold {
    private double lastPlausible = Double.NaN;
    /** Time of the last sample judged, seconds: samples fed again (a stream's overlap) keep their earlier judgement. */
    private double judgedThroughSec = Double.NEGATIVE_INFINITY;

    /** {@code eda} with its implausible samples after the last judged one replaced; unchanged without a plausible range. */
    Channel apply(Channel eda) {
        if (!eda.isRegular() || eda.length() == 0) {
            return eda;
        }
        QualityRules rules = QualityRules.forChannel(eda);
        double[] v = eda.values().toArray();
        boolean changed = false;
        for (int i = 0; i < v.length; i++) {
            double t = eda.timeOfSec(i);
            // a sample fed again (a stream's overlap) is replaced alike but does not move the held level
            boolean fresh = t > judgedThroughSec;
            if (SignalQualityAssessor.implausible(v[i], rules)) {
                if (Double.isFinite(lastPlausible)) {
                    v[i] = lastPlausible;
                    changed = true;
                }
            } else if (fresh && Double.isFinite(v[i])) {
                lastPlausible = v[i];
            }
            if (fresh) {
                judgedThroughSec = t;
            }
        }
        return changed ? Channel.regular(eda.label(), eda.type(), eda.unit(), eda.rateHz(), eda.startOffsetSec(),
                Samples.wrap(v)) : eda;
    }
}
