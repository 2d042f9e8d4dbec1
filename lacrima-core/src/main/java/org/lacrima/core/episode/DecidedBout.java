package org.lacrima.core.episode;

/**
 * A confirmed bout at its decision, as the checks that judge it ({@link DecisionChecks}) read it: where its rise began
 * and peaked, the level it rose from, the classifier's verdict, and how it was confirmed. Grid indices throughout.
 *
 * @param onset        the onset (the last up-crossing of 30 % of the entry rise before the entry)
 * @param peak         the peak (the end of the build-up)
 * @param top          S's maximum
 * @param lowIndex     the low the rise was measured from when the candidate opened
 * @param preLevel     S's level before the onset (its median over the pre-episode window)
 * @param verdict      the classifier's verdict at the decision
 * @param brief        whether it was confirmed on a brief path ({@link ConfirmationPath#brief})
 * @param interrupted  whether an intervention was marked during its build-up
 * @param followedFrom the levels its witnesses rose from, for a spell's follow-on bout or a candidate opened on its
 *                     channels' agreement; {@code null} for a rise on S alone
 */
record DecidedBout(int onset, int peak, int top, int lowIndex, double preLevel, OutcomeClassifier.Verdict verdict,
                   boolean brief, boolean interrupted, PreRiseLevels followedFrom) {
}
