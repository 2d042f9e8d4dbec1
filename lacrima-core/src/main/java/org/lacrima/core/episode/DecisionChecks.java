package org.lacrima.core.episode;

/**
 * The checks a confirmed bout must pass once its outcome is decided, its fall seen (the drop reasons
 * {@link DropReason#judgedOnDecision} names): the whole S-P sequence of a brief bout (a fast drop and a held vagal
 * rebound, or a weak rebound after an S-phase every system witnessed), a top held longer than a reflex's, a build-up
 * rather than a step, a release on the heart alone, a time course other than talking's or a speech answer's; and, for a
 * brief bout the next bout cut, whether that bout hid its vagal rebound, so that it waits for the next bout's verdict.
 * Holds what the checks read besides the bout itself ({@link DecidedBout}): the axes, the thresholds, the classifier,
 * the brief path's agreement checks, the witnesses of a spell's follow-on bout and P's own wander. A tears mark during
 * the rise overrules them; the tracker applies it ({@link TearsWitness}).
 */
final class DecisionChecks {
    /**
     * Multiple of P's own wander ({@link VagalWander}) a held vagal rebound must reach. The held rebound is the highest
     * 30-s median of P within the rebound window over the pre-onset level: a maximum over minutes of a wandering index,
     * which P's wander alone lifts to about 2.5-4 wanders at one calm moment in ten (the simulator with natural breathing:
     * 2.5-3.1; MIT-BIH 100 at rest: 3.9; docs/DETECTOR-HISTORY.md, fourteenth session). Three wanders keep a rebound a
     * rebound where the breathing makes P wander as real breathing does, and change nothing where P is steady.
     */
    static final double REBOUND_OVER_WANDER = 3;

    private final AxisHistory history;
    private final DetectorSettings settings;
    private final OutcomeClassifier classifier;
    /** The brief path's agreement checks: the channels that rose with S, vagal tone's withdrawal. */
    private final BriefBout briefBout;
    /** The witnesses of a spell's follow-on bout, and of a rise over its pre-onset level. */
    private final FollowOnBout followOnBout;
    /** P's own wander in this session so far, against which a held rebound must stand out. */
    private final VagalWander vagalWander;

    DecisionChecks(AxisHistory history, DetectorSettings settings, OutcomeClassifier classifier, BriefBout briefBout,
                   FollowOnBout followOnBout, VagalWander vagalWander) {
        this.history = history;
        this.settings = settings;
        this.classifier = classifier;
        this.briefBout = briefBout;
        this.followOnBout = followOnBout;
        this.vagalWander = vagalWander;
    }

    /**
     * The first check the decided {@code bout} fails, or {@code null} when it passes them all. It fails when a brief
     * rise lacks the S-P sequence ({@code briefWithoutSequence}), no intervention was marked in its build-up (a
     * build-up such an intervention cut short is the case {@code interrupted} reports,
     * {@code EpisodeTracker#interventionDuringRise}), and it did not ease off slowly either (a build-up cut short,
     * {@link CutShortBuildUp}), when the rise was a step rather than a build-up (shorter than {@code minBuildUpSec}),
     * or when a long-path bout resting on the heart alone fell fast without a release ({@link HeartAloneBout}), when a
     * bout where no belt sees the speech (the heart alone, a wrist whose skin did not rise with the heart) rose as a
     * step and held it as a plateau before falling, talking's time course ({@link TalkingStep}; unless vagal tone then
     * rebounded over its resting level and over the baseline by {@code agreementRise}, or more where P wanders, and
     * held it, {@link #heldReboundOverRest}: the end of a talk brings vagal tone back to where it was, a release lifts it
     * above), when the belt shows it was the answer to a speech stretch without sobbing ({@link SpeechAnswer}), or
     * when a brief bout, or any bout resting on the heart alone, that resolved held its height no longer than a reflex
     * holds one ({@link BriefBout#topHeldLongerThanAReflex}: a startle's, a laugh's or a posture shift's top on a
     * wander of S).
     *
     * @param bout                 the bout at its decision, with its verdict as the decision leaves it
     * @param now                  the decision point (exclusive)
     * @param briefWithoutSequence whether the bout, confirmed on a brief path, lacks the whole S-P sequence
     *                             ({@link #completeSequence}, judged before an intervention cut its verdict short)
     */
    DropReason firstFailed(DecidedBout bout, int now, boolean briefWithoutSequence) {
        OutcomeClassifier.Verdict verdict = bout.verdict();
        boolean interrupted = bout.interrupted();
        boolean heartAlone = history.heartAlone();
        // On the heart alone the long path's minute of hold has no second witness either (HeartAloneBout): a talk or
        // the heart's wander can hold it, and a startle's spike on it then makes a top whose own decay reads as a release.
        if ((bout.brief() || heartAlone) && verdict.outcome() == Outcome.RESOLVED
                && !briefBout.topHeldLongerThanAReflex(bout.onset(), now, bout.preLevel())) {
            return DropReason.REFLEX_TOP;
        }
        if (briefWithoutSequence && !interrupted && !CutShortBuildUp.easedOffSlowly(history, verdict, bout.top(), now,
                stoodOut(bout), settings)) {
            return DropReason.NO_S_P_SEQUENCE;
        }
        if (bout.peak() - bout.onset() < history.samples(settings.minBuildUpSec()) && !heldAsAWholeSPhase(bout)) {
            return DropReason.STEP;
        }
        if (!bout.brief() && heartAlone && !HeartAloneBout.endingKept(verdict, interrupted, settings)) {
            return DropReason.HEART_ALONE_NO_RELEASE;
        }
        // without a belt the heart's time course is judged, unless the skin too rose with it (a second witness)
        if (history.speechUnseen() && (heartAlone || briefBout.agreeingChannels(bout.top(), bout.lowIndex(), false) < 2)
                && verdict.outcome() != Outcome.SUSTAINED && !interrupted
                && !heldReboundOverRest(bout)
                && TalkingStep.stepAndPlateau(history, bout.onset(), now, bout.preLevel(), settings.minBuildUpSec())) {
            return DropReason.TALKING_STEP;
        }
        if (!interrupted && SpeechAnswer.answersSpeech(history, classifier, verdict, bout.onset(), bout.top(),
                verdict.releaseIndex() >= 0 ? verdict.releaseIndex() : bout.peak(), now, bout.preLevel(),
                verdict.heldRebound() >= heldReboundNeeded())) {
            return DropReason.SPEECH_ANSWER;
        }
        return null;
    }

    /**
     * A rise confirmed on the brief path (and never meeting the long path's criteria later) stays an episode
     * only when it showed the whole S-P sequence: a fast drop and P
     * held at least {@code agreementRise} over its pre-onset level for half a minute, after S stood out by an
     * entry rise over its own pre-onset level (not merely over a low minutes earlier; for a spell's witnessed follow-on
     * bout, the keep level with its witnesses, {@link #stoodOut}). A brief rise and fall without a vagal
     * rebound is an orienting response (a question that touches something, a noise outside), whose vagal
     * dip merely returns to where it was. A release whose rebound stayed weak is kept when every system witnessed
     * its build-up ({@link #wholeSPhase}).
     */
    boolean completeSequence(DecidedBout bout) {
        if (bout.verdict().outcome() != Outcome.RESOLVED) {
            return false;
        }
        boolean heldRebound = bout.verdict().heldRebound() >= heldReboundNeeded();
        return stoodOut(bout) ? heldRebound || wholeSPhase(bout) || heartAloneSPhase(bout)
                : heldRebound && witnessedOverPreOnset(bout);
    }

    /**
     * Whether a brief bout that lacked the held vagal rebound at its cut ({@code now}, where the next bout began)
     * lacked it only because the next bout began first: it came out resolved (a fast drop), S stood an entry rise
     * over its pre-onset level, its build-up was no step, vagal tone had withdrawn by {@code agreementRise} at its
     * peak (its S-phase showed in P), and the next bout began before the rebound window after the release was
     * over. The vagal rebound can come a minute or two after the release (Rottenberg et al. 2003), and the next
     * bout's own vagal withdrawal then hides it; in a spell bouts follow each other by one to three minutes. Such
     * a bout is kept only when the bout that cut it becomes an episode itself: the spell vouches for it, where an
     * isolated rise and fall without a rebound (an orienting response) stays no episode.
     */
    boolean reboundHiddenByNextBout(DecidedBout bout, int now) {
        OutcomeClassifier.Verdict verdict = bout.verdict();
        if (!bout.brief() || verdict.outcome() != Outcome.RESOLVED || !stoodOut(bout)
                || bout.peak() - bout.onset() < history.samples(settings.minBuildUpSec())
                || !history.parasympatheticAvailable()) {
            return false;
        }
        int from = verdict.releaseIndex() >= 0 ? verdict.releaseIndex() : bout.peak();
        return now < from + history.samples(settings.reboundWindowSec())
                && briefBout.withdrawal(bout.onset(), bout.peak()) >= settings.agreementRise();
    }

    /**
     * Whether S stood out at the bout's top by the rise a bout needs over its pre-onset level: an entry rise, or, for a
     * spell's follow-on bout or a candidate opened on its channels' agreement, the keep level with two systems each an
     * entry rise over its own level before the rise ({@link FollowOnBout#stoodOut}).
     */
    private boolean stoodOut(DecidedBout bout) {
        return followOnBout.stoodOut(bout.top(), bout.preLevel(), bout.followedFrom());
    }

    /**
     * On the heart alone (an RR strap, where {@link #wholeSPhase} never applies), a release with a weak vagal rebound
     * (P held at least {@code reboundMin} over its resting level and the baseline) is kept when the heart stood out
     * longer than a reflex holds it ({@link HeartAloneBout#heldLongerThanAReflex}) while vagal tone withdrew by
     * {@code agreementRise}; not after an intervention in the build-up.
     */
    private boolean heartAloneSPhase(DecidedBout bout) {
        int releaseIndex = bout.verdict().releaseIndex();
        return history.heartAlone() && weakReboundWithoutIntervention(bout)
                && briefBout.withdrawal(bout.onset(), bout.peak()) >= settings.agreementRise()
                && HeartAloneBout.heldLongerThanAReflex(history, bout.onset(), releaseIndex >= 0
                    ? releaseIndex + history.samples(60) : bout.peak() + history.samples(60), bout.preLevel(), settings);
    }

    /**
     * Whether vagal tone rebounded by {@link #heldReboundNeeded} over its resting level before the onset and stood as
     * far over the baseline too. The end of a talk brings vagal tone back to where it was before the talk, while a
     * release lifts it above (Rottenberg et al. 2003 measure the rebound against resting RSA). In a conversation the
     * minute before a turn often still carries the previous turn's withdrawal (speech breathing takes the heart's swing
     * with the breath away), so P coming back to the baseline reads as a rebound over its resting level; over the
     * baseline it is none, as for the weak rebound ({@link #weakReboundWithoutIntervention}).
     */
    private boolean heldReboundOverRest(DecidedBout bout) {
        return reboundStandsOver(bout, heldReboundNeeded());
    }

    /**
     * Whether P's held rebound stood at least {@code amountZ} over its resting level before the onset and as far over
     * the baseline: vagal tone coming back to the baseline from a withdrawal the minute before the onset still carried
     * is no rebound, held ({@link #heldReboundOverRest}) or weak ({@link #weakReboundWithoutIntervention}).
     */
    private boolean reboundStandsOver(DecidedBout bout, double amountZ) {
        double heldRebound = bout.verdict().heldRebound();
        return heldRebound >= amountZ && heldRebound + classifier.restingP(history, bout.onset()) >= amountZ;
    }

    /**
     * The held vagal rebound that counts as a rebound of the S-P sequence: {@code agreementRise}, or
     * {@link #REBOUND_OVER_WANDER} times P's own wander in this session so far where that is more.
     */
    private double heldReboundNeeded() {
        double wander = vagalWander.wander();
        return Double.isFinite(wander) ? Math.max(settings.agreementRise(), REBOUND_OVER_WANDER * wander)
                : settings.agreementRise();
    }

    /**
     * Whether a bout that released with a weak vagal rebound (P held at least {@code reboundMin} over its resting level
     * for half a minute, short of the {@code agreementRise} a brief bout needs otherwise) had a build-up witnessed by
     * every system: at least two channels behind S (skin conductance, heart rate, breathing) rose by
     * {@code agreementRise} from the rise's low to the top, and vagal tone (P from RSA, a channel of its own) withdrew
     * by as much from before the onset to the peak. The rebound on resolution can be weak (Rottenberg et al. 2003), so
     * such a release is told from a blip by its S-phase: crying raises skin conductance and heart rate together while
     * vagal tone withdraws (Gross et al. 1994), where the transients the held rebound guards against move one or two
     * of these (an SCR burst skin conductance alone; an orienting response slows the heart; a startle's cardiac
     * defence response is over within about 10 s, before a hold). P merely coming back to where it sat is no rebound,
     * weak or not, nor is P coming back to the baseline from a withdrawal that the minute before the onset still
     * carried (a previous rise's): the weak rebound must stand over the baseline too. Nor does it count after an
     * intervention in the build-up: calming, and the slow breathing a therapist paces then, raise vagal tone by
     * themselves, without any release (issue 19). With a heart channel alone (an RR strap) S has one channel and this
     * never applies.
     */
    private boolean wholeSPhase(DecidedBout bout) {
        return weakReboundWithoutIntervention(bout) && witnessedByEverySystem(bout);
    }

    /**
     * Whether P held at least {@code reboundMin} over its resting level and over the baseline ({@link #wholeSPhase}
     * says why both), with no intervention marked in the build-up.
     */
    private boolean weakReboundWithoutIntervention(DecidedBout bout) {
        return reboundStandsOver(bout, settings.reboundMin()) && !bout.interrupted();
    }

    /**
     * Whether a rise that came as a step stayed at its top as a crying plateau does, witnessed by every system:
     * sustained (S held at its top for {@code sustainedSec}), at least two channels behind S up by
     * {@code agreementRise} and vagal tone withdrawn by as much. A step seen through the indices' smoothing is a walk,
     * a posture shift or an artefact, but crying's movements can blank a sensor over the last seconds of a build-up,
     * and S then steps as the sensor rejoins at its raised level; a posture shift's step does not hold minutes, and an
     * electrode's contact jump moves one channel.
     */
    private boolean heldAsAWholeSPhase(DecidedBout bout) {
        return bout.verdict().outcome() == Outcome.SUSTAINED && witnessedByEverySystem(bout);
    }

    /**
     * Whether every system witnessed the bout's build-up ({@link #wholeSPhase}, {@link #heldAsAWholeSPhase}): at least
     * two channels behind S up by {@code agreementRise} from the rise's low to the top, and vagal tone (P from RSA, a
     * system of its own) withdrawn by as much from before the onset to the peak.
     */
    private boolean witnessedByEverySystem(DecidedBout bout) {
        return history.parasympatheticIndependent()
                && briefBout.agreeingChannels(bout.top(), bout.lowIndex(), false) >= 2
                && briefBout.withdrawal(bout.onset(), bout.peak()) >= settings.agreementRise();
    }

    /**
     * Whether the current bout's build-up stood out at its top by its witnesses where S's own rise over its pre-onset
     * level fell short of an entry rise: S up the keep level over {@code preLevel}, and at least two systems each an
     * entry rise over their own level in the minute before the onset ({@code preWindowSec}, the window of
     * {@code preLevel}; {@link FollowOnBout#witnessedAround}: channels behind S from their pre-onset medians, P from RSA
     * falling from its pre-onset median; medians over {@code EpisodeTracker#AGREEMENT_WINDOW_SEC} centred on the top).
     *
     * <p>Why S understates such a rise: S is the weighted mean of its channels, and a channel that responds weakly holds
     * it down. At the wrist skin conductance responds weakly and slowly (a few tenths of a µS where the palm gives
     * microsiemens, Boucsein 2012; van Dooren et al. 2012), while crying raises heart rate within seconds (by 7-15 bpm,
     * Gross et al. 1994) and withdraws vagal tone; with skin conductance weighing 1.5 against heart rate's 1 a clear
     * brief S-phase then reaches 1.5-2 z in S. Two independent systems each rising the same entry rise S would need is
     * the same evidence measured where the weak channel cannot hide it (the definition a spell's follow-on bout uses,
     * {@link #stoodOut}). Used only in the whole-sequence check ({@link #completeSequence}): the candidate must still
     * have opened and held on S's own entry rise, and a fast drop and a held vagal rebound of {@code agreementRise} must
     * follow (not the weak rebound of {@link #wholeSPhase}: one relaxation, not two stacked). Only for a rise from
     * near rest: S's pre-onset level under an entry rise over the baseline. A rise from arousal already that high (the
     * plateau of overwhelm, whose sobbing surges lift breathing and heart rate and withdraw vagal tone while each dip
     * lets P back up from its withdrawn level) is a wave of that arousal and must stand out on S itself. With an RR strap
     * alone P is heart rate inverted, not a system of its own, and S has one channel: this never applies.
     */
    private boolean witnessedOverPreOnset(DecidedBout bout) {
        double preLevel = bout.preLevel();
        if (!(history.s(bout.top()) - preLevel >= settings.keepRiseZ())
                || !(preLevel < settings.riseEnter())) {
            return false;
        }
        int pre = history.samples(settings.preWindowSec());
        return followOnBout.witnessedAround(bout.top(), PreRiseLevels.medians(history, bout.onset() - pre,
                bout.onset() + 1));
    }
}
