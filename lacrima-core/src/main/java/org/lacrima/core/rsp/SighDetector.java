package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * Sighs, from the breaths of a respiration belt: a breath at least {@value #DEEP_RATIO} times as deep as the median
 * breath of the {@value #REFERENCE_SEC} s before it (the usual definition of a sigh, twice the mean tidal volume,
 * Vlemincx et al. 2011). The heart swings with a breath's volume (RSA grows about linearly with tidal volume, Hirsch
 * &amp; Bishop 1981), so over a sigh RSA measures the breath, not vagal tone. Only the breaths before it are compared,
 * so a live feed finds the same sighs as the file.
 */
public final class SighDetector {
    /** Depth over the reference median from which a breath is a sigh. */
    static final double DEEP_RATIO = 2;
    /** Seconds of breathing before a breath that it is compared with. */
    public static final double REFERENCE_SEC = 60;
    /** Fewest breaths in the reference for a median to say what a usual breath is. */
    private static final int MIN_REFERENCE_BREATHS = 5;

    private SighDetector() {
    }

    /**
     * The sighs among {@code breaths} (in time order), each from its onset to the next breath's onset, attributed to
     * {@code label}. The last breath, whose end is not known, is not judged.
     */
    public static List<BadInterval> detect(List<Breath> breaths, String label) {
        List<BadInterval> out = new ArrayList<>();
        double[] reference = new double[breaths.size()];
        int from = 0;
        for (int i = 0; i + 1 < breaths.size(); i++) {
            Breath b = breaths.get(i);
            while (breaths.get(from).onsetSec() < b.onsetSec() - REFERENCE_SEC) {
                from++;
            }
            int n = 0;
            for (int j = from; j < i; j++) {
                reference[n++] = breaths.get(j).depth();
            }
            if (n < MIN_REFERENCE_BREATHS) {
                continue;
            }
            Arrays.sort(reference, 0, n);
            double median = n % 2 == 1 ? reference[n / 2] : (reference[n / 2 - 1] + reference[n / 2]) / 2;
            if (b.depth() >= DEEP_RATIO * median) {
                out.add(new BadInterval(label, b.onsetSec(), breaths.get(i + 1).onsetSec(), QualityIssue.DEEP_BREATH));
            }
        }
        return out;
    }
}
