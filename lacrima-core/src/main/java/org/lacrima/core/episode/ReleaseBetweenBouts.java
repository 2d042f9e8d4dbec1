package org.lacrima.core.episode;

/**
 * Whether the dip before a new rise ended the bout (a release), or was a sobbing wave of the same bout.
 *
 * <p>A release is first of all the classifier's: a fast drop with settling or a vagal rebound. But between two bouts of
 * a spell neither may show yet: the next bout starts a minute or two after the release, before S has settled, and the
 * vagal rebound can come a minute or more after the release (Rottenberg et al. 2003) or be weak, its build-up then
 * hidden by the next bout's withdrawal. The dip is still no sobbing wave when S fell fast (a fast drop's share of
 * the excess within a minute) and its level over a whole wave ({@link OutcomeClassifier#WAVE_SEC}) before the new
 * rise was down to half the excess: the sobbing waves of an overwhelm plateau swing S by a fifth to a third of its
 * excess and surge back within one wave (40-90 s), so that level stays above half, the same test that ends a
 * sustained plateau.
 */
final class ReleaseBetweenBouts {
    private ReleaseBetweenBouts() {
    }

    /**
     * @param h        the axes
     * @param verdict  the bout judged on its data up to {@code cut} (inclusive), where the new rise began
     * @param top      grid index of the bout's maximum
     * @param preLevel S before the bout's onset
     * @param cut      where the new rise began
     * @param settings thresholds ({@code fastDropFraction})
     */
    static boolean released(AxisHistory h, OutcomeClassifier.Verdict verdict, int top, double preLevel, int cut,
                            DetectorSettings settings) {
        if (verdict.outcome() == Outcome.RESOLVED) {
            return true;
        }
        double waveLevel = h.s.median(cut - h.samples(OutcomeClassifier.WAVE_SEC), cut + 1);
        return verdict.metrics().releaseDropFraction() >= settings.fastDropFraction()
                && waveLevel <= preLevel + 0.5 * (h.s(top) - preLevel);
    }
}
