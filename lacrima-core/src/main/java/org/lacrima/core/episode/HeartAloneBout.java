package org.lacrima.core.episode;

/**
 * What a bout confirmed on the long path (S held a minute, no agreement asked) must show when S rests on the heart
 * alone (an RR strap, ECG or a pulse, with or without an accelerometer: heart rate is S's only channel), where no
 * second channel behind S can witness a build-up.
 *
 * <p>Where skin conductance or breathing carry S as well, a rise held for a minute is witnessed by channels that
 * talking, a laugh or a slow drift of the heart do not move together. On the heart alone S is heart rate, and heart
 * rate rises for much besides crying: with blood pressure within about 30 s of the start of speech (Lynch et al. 1980,
 * J Nerv Ment Dis 168: 526-534; Lynch et al. 1981, Psychosom Med 43: 25-33), falling back as the speaker stops to listen;
 * with a laugh; with a startle's cardiac defence response. The brief path already asks such a rise for the whole
 * S-P sequence (a held vagal rebound) or a slow ease-off ({@link CutShortBuildUp}); this class asks the heart-alone
 * long path the same of its ending:
 *
 * <p><b>A fast drop is a release or nothing.</b> A bout whose S lost a fast drop's share of its excess within a minute
 * ({@code fastDropFraction}, the release criterion) and that the classifier still calls subsided (neither settling
 * back to its pre-onset level nor a vagal rebound) ended as neither of the sequences DESIGN.md describes: not a release
 * (which settles or brings the vagal rebound), and not a build-up cut short, which drifts down over minutes (half its
 * excess gone after 1.5-5 min, issue 19; {@link CutShortBuildUp}). What is left is the heart's own transient ending
 * (the talking stopped, the laugh was over) on a level that its noise had lifted, which the heart alone cannot tell
 * from a build-up. Not after an intervention marked in the build-up: calming, and the paced breathing that follows,
 * can slow the heart quickly without any release (DETECTOR-HISTORY, `det19`), and such a bout is a build-up cut short
 * by the intervention, the very case {@code interrupted: true} reports.
 */
final class HeartAloneBout {
    private HeartAloneBout() {
    }

    /**
     * Whether a long-path bout resting on the heart alone is kept at its decision: false when it ended in a fast drop
     * that was no release (classified subsided) and no intervention was marked in its build-up.
     *
     * @param verdict     the classifier's verdict at the decision
     * @param interrupted whether an intervention was marked during the build-up
     * @param settings    thresholds ({@code fastDropFraction})
     */
    static boolean endingKept(OutcomeClassifier.Verdict verdict, boolean interrupted, DetectorSettings settings) {
        double drop = verdict.metrics().releaseDropFraction();
        boolean fastDropWithoutRelease = verdict.outcome() == Outcome.SUBSIDED && Double.isFinite(drop)
                && drop >= settings.fastDropFraction();
        return !fastDropWithoutRelease || interrupted;
    }
}
