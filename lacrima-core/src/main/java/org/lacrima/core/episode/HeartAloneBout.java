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
 *
 * <p><b>A release falls from a held height.</b> As on the brief path, a resolved bout's top must have been held longer
 * than a reflex holds one ({@link BriefBout#topHeldLongerThanAReflex}, checked in the tracker's decision): a talk or the
 * heart's wander can hold the long path's minute, and a startle's or a posture shift's spike on it then makes the top,
 * whose own decay within seconds reads as the fast drop of a release.
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

    /**
     * Seconds a reflex's heart response can stand out, as the indices show it: an effortful posture shift lifts the
     * heart for about 20-25 s (the initial response to standing on a smaller scale, Borst et al. 1982; Wieling et al.
     * 2007), a startle's acceleration is over within about 10 s, and the indices' 12-s median spreads either by 12 s.
     */
    static final double REFLEX_SEC = 40;

    /**
     * Whether a brief bout on the heart alone had an S-phase longer than any reflex: S stood at least {@code riseEnter}
     * over its pre-onset level for {@link #REFLEX_SEC} or more between the onset and {@code now}. With an RR strap
     * the rebound on resolution is the only second witness, and it can be weak or come late (Rottenberg et al.
     * 2003); a heart held 2 z up for longer than a posture shift or a startle holds it, with vagal tone withdrawn,
     * is the S-phase of a build-up, not a reflex or an orienting response (which slows the heart).
     *
     * @param preLevel S before the onset
     */
    static boolean heldLongerThanAReflex(AxisHistory h, int onset, int now, double preLevel, DetectorSettings settings) {
        int above = 0;
        for (int k = Math.max(0, onset); k < now; k++) {
            if (h.s(k) >= preLevel + settings.riseEnter()) {
                above++;
            }
        }
        return above >= h.samples(REFLEX_SEC);
    }
}
