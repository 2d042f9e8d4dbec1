package org.lacrima.core.episode;

/**
 * Whether S is read from all its channels or without the weakest one: while vagal tone is withdrawn, a sympathetic
 * channel that stays at rest is taken for a system that does not carry this build-up, not for evidence against it.
 *
 * <p>A person's autonomic systems do not rise together every time: heart rate and skin conductance can move apart
 * within one person ("directional fractionation", Lacey 1967), the pattern depends on the situation as much as on the
 * person (stimulus-response specificity, Engel 1960), across studies of sadness and crying each rose in some and not
 * in others (Kreibig 2010), criers' breathing rate often stays where it was (Sharman et al. 2020), and skin responses
 * habituate over repeated bouts (Dawson, Schell &amp; Filion 2007). S is the weighted mean of its channels' z, so a
 * channel that did not respond pulls a bout carried by the others towards rest: with three channels (skin, heart,
 * breathing), a bout the skin does not carry stands at about half of S. Leaving the weakest channel out whenever three
 * are measured would let two channels that drift together for a while (skin and heart over minutes of everyday arousal)
 * or a reflex that moves two (a posture shift's heart and skin response) stand for a build-up. So it is done only
 * where the S-phase's other sign is present: vagal tone withdrawn (DESIGN.md section 1), P at least
 * {@code agreementRise} (one baseline spread) below its baseline, at the point and through the agreement window before
 * it ({@link EpisodeTracker#AGREEMENT_WINDOW_SEC}: a breath or two). RSA that drops in one step as a laugh or a deep
 * breath changes the breathing is no withdrawal that lasted; a build-up's withdrawal develops over tens of seconds.
 * P must come from RSA: heart rate inverted is S's own heart channel again.
 *
 * <p>Measured on the project's simulator and two independent models before it was kept (docs/DETECTOR-HISTORY.md,
 * twenty-third session); nothing here was chosen by an acceptance figure: the level is the detector's agreement rise,
 * the window its agreement window.
 */
final class ResponseSpecificity {
    private final double withdrawnBelowZ;

    /** @param settings the detector's thresholds ({@code agreementRise}) */
    ResponseSpecificity(DetectorSettings settings) {
        this.withdrawnBelowZ = -settings.agreementRise();
    }

    /**
     * Whether S at grid index {@code k} is read without its weakest channel: {@code history} has P from RSA, and P is
     * withdrawn at {@code k} ({@code pNow}, not yet in the history) and at every point of the agreement window before
     * it.
     */
    boolean leaveOutWeakest(AxisHistory history, int k, double pNow) {
        if (!history.parasympatheticIndependent() || !(pNow <= withdrawnBelowZ)) {
            return false;
        }
        int from = k - history.samples(EpisodeTracker.AGREEMENT_WINDOW_SEC);
        if (from < 0) {
            return false;
        }
        for (int i = from; i < k; i++) {
            if (!(history.p(i) <= withdrawnBelowZ)) {
                return false;
            }
        }
        return true;
    }
}
