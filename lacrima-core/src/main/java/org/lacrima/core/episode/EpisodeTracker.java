package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Event;

/**
 * The incremental episode detector: fed the axes one grid point at a time, it opens, confirms,
 * classifies and closes episodes as the data arrives. Live analysis feeds it as samples come in; file
 * analysis feeds it the whole session in one go; both see the same sequence of decisions.
 *
 * <p>States: idle → rising (S climbed {@code riseEnter} over its recent low and over
 * {@code absoluteEnter}) → active (the rise held {@code briefConfirmSec} with at least two independent
 * channels agreeing, or {@code confirmSec} with enough area on fewer channels, or it fell back before any
 * hold after a top on which two channels agreed, a whole brief bout; the onset is traced back to where the
 * rise started) → decided (outcome settled, at most {@code sustainedSec} after the peak)
 * → closed (S back in the baseline band, settled, or the recording ended).
 * Hysteresis: a candidate survives dips down to {@code riseKeepFraction} of the entry rise.
 *
 * <p>Duration is not what makes a bout: once half of a bout's excess is gone (its release happened), a new rise of
 * {@code riseEnter} over the lowest point since closes the bout where that rise began (the first bout is judged on its
 * data up to there) and starts the next one, whether or not the first had settled. A brief bout whose vagal rebound
 * that next bout hid waits for it, and becomes an episode when the next bout does
 * ({@link DecisionChecks#reboundHiddenByNextBout}); a rise already under way when a bout closes counts from its trough.
 * After a resolved release the next bout may rise on its witnesses where tonic skin conductance, still recovering,
 * holds S down ({@link FollowOnBout#startsOnWitnesses}); entry, confirmation and the whole-sequence checks then share
 * that witnessed rise ({@link #stoodOut}). A rise of S diluted by a channel that does not move opens a candidate when
 * two systems agree on an entry rise each, one of them a channel behind S ({@link #agreedEntry}), and is witnessed the
 * same way.
 */
public final class EpisodeTracker {
    /**
     * Share of a candidate's highest rise its brief hold must keep ({@link #heldAtTop}): half, where a release is said
     * to have begun (half the excess gone).
     */
    static final double HELD_SHARE_OF_TOP = 0.5;
    private enum State { IDLE, RISING, ACTIVE, DECIDED }

    /**
     * The peak of a bout that turned (resolved, subsided) is the first point within this fraction of the excess
     * of the maximum: at the top the maximum itself wanders with noise, the crossing on the way up does not.
     * A sustained bout's peak is the first crest of its plateau ({@link #plateauPeak}).
     */
    private static final double PEAK_TOLERANCE = 0.05;
    /** The onset is the last up-crossing of this fraction of the rise before the entry. */
    private static final double ONSET_FRACTION = 0.3;
    /** S within this fraction of the excess of its maximum is "at the top" (plateau). */
    private static final double PLATEAU_BAND = 0.2;
    /** An episode still climbing this long after its onset is escalating: decide it then. */
    private static final double MAX_UNDECIDED_SEC = 900;
    /** Levels compared for agreement across channels are medians over this many seconds (a breath or two). */
    private static final double AGREEMENT_WINDOW_SEC = 10;

    private final DetectorSettings settings;
    private final OutcomeClassifier classifier;
    private final InterventionPolicy interventions;
    private final AxisHistory history;
    private final List<String> channelsUsed;
    private final List<Event> events = new ArrayList<>();
    private final List<TrackedEpisode> closed = new ArrayList<>();
    /**
     * Brief bouts of a spell whose vagal rebound the next bout hid ({@link DecisionChecks#reboundHiddenByNextBout}), in
     * time order: they become episodes when the bout that cut them (or the one that cut that, and so on) becomes one.
     */
    private final List<TrackedEpisode> awaitingNextBout = new ArrayList<>();
    /** Candidates turned down, in the order they were. */
    private final List<DroppedCandidate> dropped = new ArrayList<>();
    /** Every candidate confirmed, with the path that confirmed it, in the order they were. */
    private final List<Confirmation> confirmations = new ArrayList<>();
    /**
     * The path that confirmed the current episode ({@link #sustainedRise} sets it, {@link #confirm} records it); a brief
     * bout whose rise later meets the long path's criteria too becomes {@link ConfirmationPath#LONG_RISE}.
     */
    private ConfirmationPath path;
    /** Why the last {@link #decide} turned its candidate down; {@code null} when it kept it. */
    private DropReason dropReason;
    private final RollingLow rollingLow;
    /** The channels' own lows and rises, for a rise of S that a channel not moving dilutes ({@link #agreedEntry}). */
    private final AgreedRise agreement;
    /** The brief path's agreement checks and its after-the-fact test of a bout that rose and fell. */
    private final BriefBout briefBout;
    /** When a rise after a release starts a spell's next bout, the levels its witnesses rise from, the rise it needs. */
    private final FollowOnBout followOnBout;

    private State state = State.IDLE;
    /** The last grid point with S, -1 before any. */
    private int lastSeen = -1;
    private int candidateStart;
    private int lowIndex;
    private int onset;
    private int peak;
    private int top;
    /** Lowest S since the top (the trough a following bout starts from). */
    private int trough;
    /** The trough last judged by {@link #releasedBefore}, and its verdict. */
    private int judgedTrough = -1;
    private boolean troughReleased;
    /** Whether the bout judged at that trough came out resolved (not merely a fast drop to half the excess). */
    private boolean troughResolved;
    /** Where the last closed episode ended (grid index; -1 before any): the next onset is not before it. */
    private int closedAt = -1;
    /** Area (z·s) of S above the keep level since the candidate opened. */
    private double riseArea;
    private double preLevel;
    /**
     * Where the current candidate or bout follows a released bout of a spell ({@link #riseFrom}), or opened on its
     * channels' agreement ({@link #agreedEntry}): the levels its witnesses rose from (the previous bout's, at the split;
     * for an agreed entry, the channels' lows and P's median over the look-back). Its rise may then be witnessed by the
     * channels and vagal tone where S's composite understates it. {@code null} for a rise on S alone.
     */
    private PreRiseLevels followedFrom;
    private OutcomeClassifier.Verdict verdict;
    /** Grid index from which a fallen bout's outcome may be decided ({@link #awaitingRebound}); -1 before it is known. */
    private int reboundDue = -1;
    private double decidedAtSec;
    private boolean finished;
    /** P's own wander in this session so far, against which a held rebound must stand out. */
    private final VagalWander vagalWander;
    /** The checks a bout must pass once its outcome is decided (the drop reasons judged on decision). */
    private final DecisionChecks decisionChecks;

    /**
     * An episode as the tracker knows it.
     *
     * @param episode      the episode (end provisional while open)
     * @param settledAtSec recording time at which its outcome was decided
     * @param open         whether the episode has not ended yet
     */
    public record TrackedEpisode(Episode episode, double settledAtSec, boolean open) {
    }

    /**
     * @param settings      thresholds
     * @param history       where the axes are kept; the tracker appends to it
     * @param interventions which events count as interventions
     * @param channelsUsed  evidence names reported in every episode's metrics
     */
    public EpisodeTracker(DetectorSettings settings, AxisHistory history, InterventionPolicy interventions,
                          List<String> channelsUsed) {
        this.settings = settings;
        this.classifier = new OutcomeClassifier(settings);
        this.history = history;
        this.interventions = interventions;
        this.channelsUsed = List.copyOf(channelsUsed);
        this.agreement = new AgreedRise(history.samples(AGREEMENT_WINDOW_SEC));
        // No rise is measured from the recording's first pre-onset window: it holds the client's arrival (sitting down,
        // often after walking in, a check-in talk), the heart coming down from the walk with the 40-s time constant of
        // its vagal recovery (Imai et al. 1994) and vagal tone coming back, S falling and P rising, the look of a
        // release; a low taken there is no resting level a build-up rises from, and a rise needs a minute of level
        // before it to be measured against (the pre-onset level). Independent model 2's false episodes sat mostly in
        // the first minutes (issue 19); ArrivalTest measures the simulator's arrival.
        this.rollingLow = new RollingLow(history, settings.riseLookbackSec(), settings.preWindowSec());
        this.briefBout = new BriefBout(history, settings, history.samples(AGREEMENT_WINDOW_SEC));
        this.followOnBout = new FollowOnBout(history, settings, history.samples(AGREEMENT_WINDOW_SEC));
        this.vagalWander = new VagalWander(history.samples(VagalWander.BLOCK_SEC));
        this.decisionChecks = new DecisionChecks(history, settings, classifier, briefBout, followOnBout, vagalWander);
    }

    /** Adds events (interventions and tears marks are matched when an outcome is decided). */
    public void addEvents(List<Event> newEvents) {
        events.addAll(newEvents);
    }

    /** The axes fed so far. */
    public AxisHistory history() {
        return history;
    }

    /** Feeds one grid point without per-channel contributions. */
    public void push(double s, double sQuality, double p, double pQuality, double irregularity) {
        if (finished) {
            throw new IllegalStateException("tracker already finished");
        }
        history.add(s, sQuality, p, pQuality, irregularity);
        step(history.length() - 1);
    }

    /** Feeds one grid point with each channel's own S contribution, in the order of {@link AxisHistory#channels()}. */
    public void push(double s, double sQuality, double p, double pQuality, double irregularity, double[] channelS) {
        push(s, sQuality, p, pQuality, irregularity, channelS, Double.NaN);
    }

    /**
     * Feeds one grid point with each channel's own S contribution and whether the respiration belt shows speech
     * breathing there ({@code speech}: 1 talking, 0 not, {@code NaN} without a belt).
     */
    public void push(double s, double sQuality, double p, double pQuality, double irregularity, double[] channelS,
                     double speech) {
        if (finished) {
            throw new IllegalStateException("tracker already finished");
        }
        history.add(s, sQuality, p, pQuality, irregularity, channelS, speech);
        step(history.length() - 1);
    }

    /** The recording ended: decides and closes what is still open. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        int n = history.length();
        if (state == State.ACTIVE && !decide(n, false, true)) {
            dropDecided(n - 1);
            return;
        }
        if (state == State.DECIDED) {
            close(n - 1);
        }
        state = State.IDLE;
    }

    /** Closed episodes, then the open one if its outcome is decided, in time order. */
    public List<TrackedEpisode> tracked() {
        List<TrackedEpisode> all = new ArrayList<>(closed);
        if (state == State.DECIDED) {
            all.add(new TrackedEpisode(episode(history.length() - 1), decidedAtSec, true));
        }
        return all;
    }

    /**
     * Candidates confirmed so far (kept as episodes or turned down later), with the path that confirmed each, in the
     * order they were.
     */
    public List<Confirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    /** Candidates turned down so far, with the check each failed, in the order they were. */
    public List<DroppedCandidate> dropped() {
        return List.copyOf(dropped);
    }

    /** The episodes so far (closed ones and a decided open one). */
    public List<Episode> episodes() {
        return tracked().stream().map(TrackedEpisode::episode).toList();
    }

    private void step(int k) {
        vagalWander.add(history.p(k), state == State.IDLE);
        double s = history.s(k);
        if (Double.isFinite(s)) {
            resumeAfterLeftOut(k);
            lastSeen = k;
        }
        switch (state) {
            case IDLE -> {
                rollingLow.track(k);
                // NaN without S, without a low, or under the absolute entry level: no comparison below holds then
                double overLow = Double.isFinite(s) && rollingLow.index() >= 0 && s >= settings.absoluteEnter()
                        ? s - lowAfterLeftOut(k, history.s(rollingLow.index())) : Double.NaN;
                if (overLow >= settings.riseEnter()) {
                    openCandidate(k, rollingLow.index(), null);
                } else if (overLow >= settings.keepRiseZ() && history.channelS.size() >= 2) {
                    agreedEntry(k);
                }
            }
            case RISING -> {
                rollingLow.track(k);
                double low = history.s(lowIndex);
                if (Double.isFinite(s) && s - low < settings.keepRiseZ()) {
                    // a whole brief bout seen after the fact, before any hold could confirm it
                    if (briefBout.roseAndFell(candidateStart, lowIndex, k, riseOnset(low), at -> stoodOut(at, low))) {
                        path = ConfirmationPath.ROSE_AND_FELL;
                        confirm(k);
                        return;
                    }
                    state = State.IDLE;
                    dropRising(riseOnset(low), k + 1, k, DropReason.FELL_BACK);
                } else if (sustainedRise(k, low)) {
                    confirm(k);
                } else if (k - candidateStart > history.samples(settings.riseLookbackSec())) {
                    // open longer than a rise is measured over: its low is older than any low an idle search keeps
                    state = State.IDLE;
                    dropRising(riseOnset(low), k + 1, k, DropReason.NEVER_HELD);
                }
            }
            case ACTIVE -> {
                boolean byS = newBoutStarts(k);
                // a rise witnessed by its systems only after a resolved release (fast drop with settling or rebound)
                if (byS ? releasedBefore(riseStart(k))
                        : followOnBout.startsOnWitnesses(k, top, trough, halfGone()) && releasedBefore(riseStart(k))
                            && troughResolved) {
                    int cut = riseStart(k);
                    if (decide(cut + 1, false, false)) {
                        decidedAtSec = history.timeSec(k);
                        close(cut);
                    } else if (decisionChecks.reboundHiddenByNextBout(decidedBout(interrupted()), cut + 1)) {
                        awaitingNextBout.add(new TrackedEpisode(episode(cut), history.timeSec(k), false));
                    } else {
                        dropDecided(k);
                    }
                    riseFrom(trough, k, !byS);
                    return;
                }
                if (brief() && longRise(k, history.s(lowIndex))) {
                    promoteToLongRise();
                }
                if (Double.isFinite(s) && s > history.s(top)) {
                    top = k;
                    trough = k;
                    peak = firstAtOrAbove(onset, k + 1, s - PEAK_TOLERANCE * (s - preLevel));
                }
                double excess = history.s(top) - preLevel;
                boolean halfGone = halfGone();
                // The top is reached when S first came within a band of its maximum: on a noisy plateau
                // the running maximum creeps forward, the start of the plateau does not.
                int topSince = firstAtOrAbove(onset, k + 1, history.s(top) - PLATEAU_BAND * excess);
                // S back up at its top after a dip (a sobbing wave) is still the plateau, not a decline
                boolean highNow = halfGone && highNow(k);
                boolean longAtTop = (!halfGone || highNow) && k - topSince >= history.samples(settings.sustainedSec());
                boolean longClimb = !halfGone && k - onset >= history.samples(MAX_UNDECIDED_SEC);
                // The sustained call tests S over the last minute: that minute must lie after the plateau's peak (its
                // first crest, the peak a sustained bout reports), so the time at the top it reports is measured.
                boolean minuteAfterPeak = (longAtTop || longClimb) && k - plateauPeak(k + 1) >= history.samples(60);
                boolean plateau = longAtTop && minuteAfterPeak;
                boolean escalating = longClimb && minuteAfterPeak;
                boolean fell = halfGone && !highNow && k - peak >= history.samples(settings.decisionSec());
                if ((fell && !awaitingRebound(k + 1)) || plateau || escalating) {
                    if (!decide(k + 1, plateau || escalating, false)) {
                        restartAfterDropped(k);
                        dropDecided(k);
                    }
                }
            }
            case DECIDED -> {
                boolean byS = newBoutStarts(k);
                if ((byS && !plateauHeldAt(trough))
                        || (!byS && verdict.outcome() == Outcome.RESOLVED
                            && followOnBout.startsOnWitnesses(k, top, trough, halfGone()))) {
                    close(riseStart(k));
                    riseFrom(trough, k, !byS);
                } else if (ended(k)) {
                    close(k);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /**
     * Whether grid point {@code k} starts a new bout: half of the current bout's excess is gone (its release
     * happened) and S has since risen by an entry rise over the lowest point after the top. Updates the trough.
     */
    private boolean newBoutStarts(int k) {
        double s = history.s(k);
        if (!Double.isFinite(s)) {
            return false;
        }
        if (k > top && (trough <= top || s < history.s(trough))) {
            trough = k;
        }
        return followOnBout.startsOnS(k, trough, halfGone());
    }

    /**
     * Opens a candidate at {@code k} where S stands the keep level over its 5-minute low (the caller checks it, and
     * {@code absoluteEnter}) and at least two systems agree on an entry rise each ({@link AgreedRise}): channels behind S
     * over their own lows of the same look-back, and vagal tone (P from RSA, a system of its own, never with an RR strap
     * alone) by its fall from its median there; at least one of them a channel behind S. S, the channels' weighted mean,
     * is diluted there by a channel that does not move. The candidate is then witnessed like a spell's follow-on bout
     * ({@link #stoodOut}, {@link #sustainedRise}): its brief
     * hold and its whole-sequence checks count the channels' rises over those lows, and P's fall from its median over
     * the same look-back (the calm level it withdraws from; its highest 10-s median there would be a wander's crest).
     * Nothing else is relaxed: the long path, the decision and the outcome still read S.
     */
    private void agreedEntry(int k) {
        int from = rollingLow.windowStart(k);
        double[] low = new double[history.channelS.size()];
        int channels = agreement.agreeing(history, from, k, settings.riseEnter(), low);
        double pLevel = history.p.median(from, k + 1);
        boolean withdrew = history.parasympatheticIndependent()
                && pLevel - agreement.recentP(history, k) >= settings.riseEnter();
        if (channels == 0 || channels + (withdrew ? 1 : 0) < 2) {
            return;
        }
        openCandidate(k, rollingLow.index(), new PreRiseLevels(low, pLevel));
    }

    /**
     * Whether S stood out at grid index {@code at} by the rise a bout needs over {@code level}: an entry rise, or, for a
     * bout following a released bout of a spell or opened on its channels' agreement, the keep level with two systems
     * each an entry rise over its own level before the rise ({@link FollowOnBout#stoodOut}).
     */
    private boolean stoodOut(int at, double level) {
        return followOnBout.stoodOut(at, level, followedFrom);
    }

    /**
     * Where the rise that starts a new bout at {@code k} began: the last point after the trough at or below
     * {@link #ONSET_FRACTION} of that rise, just before the new bout's onset as {@link #confirm} places it. The
     * bout before it ends there: from its trough to this point S stayed low while its vagal rebound, which can
     * come a minute or more after the release (Rottenberg et al. 2003), was still building.
     */
    private int riseStart(int k) {
        double low = history.s(trough);
        double level = low + ONSET_FRACTION * (history.s(k) - low);
        int i = k;
        while (i > trough && !(history.s(i - 1) <= level)) {
            i--;
        }
        return Math.max(trough, i - 1);
    }

    /**
     * Whether the dip through the current trough was a release ({@link ReleaseBetweenBouts}): the bout judged on its
     * data up to {@code cut} (where the new rise began) comes out resolved (a fast drop with settling or a vagal
     * rebound), or S fell fast and its level over a whole wave was down to half the excess. A dip and surge without
     * either is a sobbing wave of the same bout (overwhelm plateaus for minutes with repeated waves), and the new
     * rise continues it. Judged once per trough.
     */
    private boolean releasedBefore(int cut) {
        if (trough != judgedTrough) {
            judgedTrough = trough;
            OutcomeClassifier.Verdict judged = classifier.classify(history, onset, peak, top, cut + 1, preLevel, false,
                    false, channelsUsed);
            troughResolved = judged.outcome() == Outcome.RESOLVED;
            troughReleased = ReleaseBetweenBouts.released(history, judged, top, preLevel, cut, settings);
        }
        return troughReleased;
    }

    /** Whether S is at its top level again, not drifting down (the test the sustained call makes). */
    private boolean highNow(int k) {
        return classifier.holdsTop(history, onset, top, preLevel, k + 1);
    }

    /**
     * Whether a sustained bout's plateau still held at grid index {@code i}: its level over a whole sobbing wave
     * above half the excess. A surge out of a dip of the plateau is its next sobbing wave, not a new bout.
     */
    private boolean plateauHeldAt(int i) {
        return verdict.outcome() == Outcome.SUSTAINED
                && history.s.median(i - history.samples(OutcomeClassifier.WAVE_SEC), i + 1)
                > preLevel + 0.5 * (history.s(top) - preLevel);
    }

    /** Whether S has fallen to half the excess since the top. */
    private boolean halfGone() {
        return trough > top && history.s(trough) <= preLevel + 0.5 * (history.s(top) - preLevel);
    }

    /**
     * Opens a candidate rising at {@code k} from the low point {@code low} (the previous bout's trough); {@code witnessed}
     * when it entered on its witnesses ({@link FollowOnBout#startsOnWitnesses}), whose levels before the rise are kept
     * for it.
     */
    private void riseFrom(int low, int k, boolean witnessed) {
        PreRiseLevels witnessedFrom = witnessed ? followOnBout.levelsSince(top, k) : null;
        rollingLow.restart(low, k);
        openCandidate(k, low, witnessedFrom);
    }

    /**
     * Opens a candidate rising at {@code k} from S's low at grid index {@code low}, with the levels its witnesses rose
     * from ({@link #followedFrom}; {@code null} for a rise on S alone).
     */
    private void openCandidate(int k, int low, PreRiseLevels witnessedFrom) {
        state = State.RISING;
        candidateStart = k;
        lowIndex = low;
        riseArea = 0;
        followedFrom = witnessedFrom;
        longRise(k, history.s(low));
    }

    private void confirm(int k) {
        double low = history.s(lowIndex);
        // The onset is where the rise started: the last up-crossing of 30 % of the rise before the entry.
        // A crossing on the rise is well defined; "the lowest point" of a flat calm stretch is not, and
        // would jump with the smallest change of the data.
        onset = riseOnset(low);
        double pre = history.s.median(onset - history.samples(settings.preWindowSec()), onset + 1);
        preLevel = Double.isFinite(pre) ? Math.min(pre, history.s(candidateStart)) : low;
        top = history.s.argMax(onset, k + 1);
        peak = firstAtOrAbove(onset, k + 1, history.s(top) - PEAK_TOLERANCE * (history.s(top) - preLevel));
        int lowest = history.s.argMin(top, k + 1);
        trough = lowest > top ? lowest : top;
        reboundDue = -1;
        state = State.ACTIVE;
        confirmations.add(new Confirmation(history.timeSec(onset), history.timeSec(k), path));
    }

    /** The current bout, confirmed on a brief path, has since met the long path's criteria too. */
    private void promoteToLongRise() {
        path = ConfirmationPath.LONG_RISE;
        Confirmation last = confirmations.remove(confirmations.size() - 1);
        confirmations.add(new Confirmation(last.onsetSec(), last.confirmedAtSec(), ConfirmationPath.LONG_RISE));
    }

    /**
     * Whether a bout that fell is still waiting for its vagal rebound at {@code now}: it would come out resolved, P is
     * measured, no rebound has shown yet, and the rebound window after its release ({@code reboundWindowSec}) is not
     * over. The rebound can come a minute or more after the release (Rottenberg et al. 2003), and the decision
     * {@code decisionSec} after the peak falls inside that window whenever the release came later than half a minute
     * after the peak: deciding then would leave the rebound unseen, and P's fall below its resting level unseen too.
     * A next bout starting meanwhile decides this one at its start, as a spell's bout is.
     */
    private boolean awaitingRebound(int now) {
        if (now < reboundDue) {
            return true;
        }
        // judged again when the wait is over: the release is searched up to a minute after the maximum, and may lie later now
        OutcomeClassifier.Verdict v = classifier.classify(history, onset, peak, top, now, preLevel, false, false,
                channelsUsed);
        boolean unseen = v.outcome() == Outcome.RESOLVED && history.parasympatheticAvailable()
                && !(v.metrics().vagalReboundSize() >= settings.reboundMin());
        reboundDue = unseen ? v.releaseIndex() + history.samples(settings.reboundWindowSec()) : now;
        return now < reboundDue;
    }

    /** The last up-crossing of {@link #ONSET_FRACTION} of the candidate's entry rise over {@code low} before the entry. */
    private int riseOnset(double low) {
        double level = low + ONSET_FRACTION * (history.s(candidateStart) - low);
        int i = candidateStart;
        while (i > Math.max(lowIndex, closedAt) && !(history.s(i - 1) <= level)) {
            i--;
        }
        return i;
    }

    /**
     * Decides the outcome (a bout with a calming intervention marked in its build-up is subsided, cut short, never
     * resolved: DESIGN.md section 1, {@link OutcomeClassifier.Verdict#cutShortByIntervention}); returns false (and drops
     * the candidate, the check it failed left in {@link #dropReason} for the caller to record once it knows the
     * candidate is not waiting on a next bout) when it fails one of the checks {@link DecisionChecks#firstFailed} lists.
     * A rise during which the therapist marked tears is kept whichever of these it fails ({@link TearsWitness}).
     */
    private boolean decide(int now, boolean plateauElapsed, boolean truncated) {
        verdict = classifier.classify(history, onset, peak, top, now, preLevel, plateauElapsed, truncated, channelsUsed);
        if (verdict.outcome() == Outcome.SUSTAINED && plateauPeak(now) != peak) {
            // staying high does not depend on the peak, so the call stands; the evidence is measured from the plateau's start
            peak = plateauPeak(now);
            verdict = classifier.classify(history, onset, peak, top, now, preLevel, plateauElapsed, truncated, channelsUsed);
        }
        decidedAtSec = history.timeSec(now - 1);
        state = State.DECIDED;
        boolean interrupted = interrupted();
        boolean briefWithoutSequence = brief() && !decisionChecks.completeSequence(decidedBout(interrupted));
        if (interrupted) {
            // a build-up the intervention cut short (kept, when brief, without the S-P sequence): its fall is no release
            verdict = verdict.cutShortByIntervention(briefWithoutSequence);
        }
        dropReason = decisionChecks.firstFailed(decidedBout(interrupted), now, briefWithoutSequence);
        if (dropReason != null) {
            // tears seen during the rise witness the crying the signals alone left in doubt
            Optional<Event> tears = TearsWitness.markedDuring(events, history.timeSec(onset), history.timeSec(now - 1));
            if (tears.isPresent()) {
                verdict = verdict.keptOnTears(tears.get(), dropReason);
                dropReason = null;
            }
        }
        if (dropReason != null) {
            state = State.IDLE;
            return false;
        }
        // the bouts whose rebound this one hid were a spell's bouts after all
        closed.addAll(awaitingNextBout);
        awaitingNextBout.clear();
        return true;
    }

    /** The current bout as {@link DecisionChecks} judge it, with the verdict as it stands. */
    private DecidedBout decidedBout(boolean interrupted) {
        return new DecidedBout(onset, peak, top, lowIndex, preLevel, verdict, brief(), interrupted, followedFrom);
    }

    /** Records the candidate {@link #decide} just turned down at grid index {@code k}, and the bouts that waited on it. */
    private void dropDecided(int k) {
        dropped.add(new DroppedCandidate(history.timeSec(onset), history.timeSec(peak), history.timeSec(k), dropReason));
        dropAwaiting(k);
    }

    /**
     * Records the rising candidate turned down at grid index {@code k} for {@code reason}, its onset at grid index
     * {@code onsetIndex} and its peak S's highest point since it entered (up to {@code seenTo}, exclusive), and the bouts
     * that waited on it.
     */
    private void dropRising(int onsetIndex, int seenTo, int k, DropReason reason) {
        int highest = history.s.argMax(candidateStart, seenTo);
        dropped.add(new DroppedCandidate(history.timeSec(onsetIndex),
                history.timeSec(highest < 0 ? candidateStart : highest), history.timeSec(k), reason));
        dropAwaiting(k);
    }

    /** The bouts waiting for a next bout to vouch for them ({@link #awaitingNextBout}) are dropped at {@code k}. */
    private void dropAwaiting(int k) {
        for (TrackedEpisode waiting : awaitingNextBout) {
            dropped.add(new DroppedCandidate(waiting.episode().onsetSec(), waiting.episode().peakSec(),
                    history.timeSec(k), DropReason.NEXT_BOUT_DROPPED));
        }
        awaitingNextBout.clear();
    }

    /** Whether the current episode was confirmed on a brief path ({@link ConfirmationPath#brief}). */
    private boolean brief() {
        return path.brief();
    }

    private boolean ended(int k) {
        double excess = history.s(top) - preLevel;
        double s = history.s(k);
        if (!Double.isFinite(s)) {
            return false;
        }
        if (verdict.outcome() == Outcome.SUSTAINED) {
            // a plateau ends when its level (over a whole sobbing wave) is down to half the excess, not at a wave's dip
            return !plateauHeldAt(k);
        }
        if (s <= preLevel + settings.endFraction() * excess) {
            return true;
        }
        int window = history.samples(settings.settleSec());
        if (k - peak < history.samples(settings.decisionSec()) || k - window < peak) {
            return false;
        }
        int lo = history.s.argMin(k - window, k + 1);
        int hi = history.s.argMax(k - window, k + 1);
        return lo >= 0 && history.s(hi) - history.s(lo) <= Math.max(0.1 * excess, 0.5);
    }

    private void close(int k) {
        closed.add(new TrackedEpisode(episode(k), decidedAtSec, false));
        state = State.IDLE;
        closedAt = k;
        // A partial recovery followed by a new rise is a new bout: a rise already under way when this bout is closed
        // (S up from the lowest point after its top by the keep level; the decision waits minutes after the peak) is
        // measured from that lowest point, not from wherever S stood at the close. Without such a rise the next low is
        // looked for from the close, so S merely coming back from an undershoot is not measured from its bottom.
        int now = history.length() - 1;
        boolean riseUnderWay = trough > top && trough <= k
                && history.s(now) - history.s(trough) >= settings.keepRiseZ();
        rollingLow.restart(riseUnderWay ? trough : k, now);
    }

    /**
     * Where S comes back at {@code k} after a stretch without it longer than the pre-episode window (every index left
     * out: a walk or a heart-rate step with its recovery, slow paced breathing), no rise is followed across the
     * stretch: a candidate open before it is dropped and the rolling low restarts at {@code k}. The level S comes back
     * at is that of the heart still recovering from the walk (vagal reactivation after exercise takes a minute or
     * more, Imai et al. 1994), or of whatever followed it, while the low before it was set before the client stood up;
     * a rise between the two is no build-up anyone saw, and the pre-episode level a bout is judged against (the
     * median of S over the minute before its onset) does not exist. A bout already confirmed is kept.
     *
     * <p>Only where S rests on the heart alone (an RR strap, ECG or a pulse, with or without an accelerometer): there the
     * level after the stretch is the heart's own, which the walk's after-effects (recovery, talking as one sits down)
     * move as much as arousal. Where skin conductance or breathing carry S too, they show the level a stressor raised
     * during a masked movement, and a rise across the mask is followed as before (Non-EEG subject 1's cognitive and
     * emotional stress, with gestures masked for minutes, lost every episode otherwise).
     */
    private void resumeAfterLeftOut(int k) {
        if (lastSeen < 0 || k - lastSeen <= history.samples(settings.preWindowSec())
                || (state != State.IDLE && state != State.RISING) || !history.heartAlone()) {
            return;
        }
        if (state == State.RISING) {
            state = State.IDLE;
            dropRising(candidateStart, lastSeen + 1, k, DropReason.LEFT_OUT);
        }
        rollingLow.restart(k, k - 1);
        levelBeforeLeftOut = history.s.median(lastSeen - history.samples(settings.preWindowSec()), lastSeen + 1);
        levelBeforeLeftOutUntil = k + history.samples(AFTER_EFFECT_SEC);
    }

    /**
     * Seconds after a stretch left out on the heart alone during which a rise is measured from no lower than S's level
     * before the stretch ({@link #lowAfterLeftOut}): slow paced breathing raises vagal tone and slows the heart, and the
     * effect outlasts the exercise by minutes, fading as a rebound's does within about four (Hendriks et al. 2007;
     * vagal reactivation after exercise takes a minute or more the other way, Imai et al. 1994).
     */
    static final double AFTER_EFFECT_SEC = 240;
    /** S's median over the pre-episode window before the last stretch left out on the heart alone; NaN before any. */
    private double levelBeforeLeftOut = Double.NaN;
    /** Grid index until which {@link #levelBeforeLeftOut} bounds the low a rise is measured from. */
    private int levelBeforeLeftOutUntil = -1;

    /**
     * The level a rise at grid index {@code k} is measured from, given the rolling {@code low}: within
     * {@link #AFTER_EFFECT_SEC} after a stretch left out on the heart alone ({@link #resumeAfterLeftOut}), no lower than
     * where S stood before the stretch. A heart slowed by a breathing exercise's after-effect comes back to where it sat
     * before the exercise as the effect fades, over minutes and with the ordinary ups and downs on top: no build-up. A
     * walk's recovery leaves the heart above its level before the walk, and this changes nothing there.
     */
    private double lowAfterLeftOut(int k, double low) {
        return k < levelBeforeLeftOutUntil && levelBeforeLeftOut > low ? levelBeforeLeftOut : low;
    }

    /**
     * After a bout was dropped at its decision (grid index {@code k}; no episode, e.g. a brief rise and fall without the
     * whole S-P sequence): where the next rise is measured from. Normally from the next point on, so that the dropped
     * rise, S still up over the low it rose from, does not open a candidate again at once. But when that rise had
     * released (half of its excess gone) and S is already climbing again from the lowest point since its top by the
     * keep level, the next build-up began before the decision, which comes {@code decisionSec} after the peak: a bout
     * of a spell follows the one before by one to three minutes (DESIGN.md section 1), often within that wait. Its rise
     * is then measured from that trough, as {@link #close} does for a bout that became an episode; measured from where
     * S stood at the decision, half-way up its climb, it would never reach an entry rise.
     */
    private void restartAfterDropped(int k) {
        boolean riseUnderWay = trough > top && trough <= k && halfGone()
                && history.s(k) - history.s(trough) >= settings.keepRiseZ();
        if (riseUnderWay) {
            rollingLow.restart(trough, k);
        } else {
            rollingLow.restartEmpty(k + 1);
        }
    }

    /** Whether an intervention was marked during the current bout's build-up (within the margin of its onset and peak). */
    private boolean interrupted() {
        return markedInBuildUp(onset, peak, Double.POSITIVE_INFINITY);
    }

    /**
     * Whether an intervention was marked in the build-up from grid index {@code from} to its top {@code top}, each
     * widened by {@code interventionMarginSec} (the onset, a crossing of 30 % of the entry rise, lags the start of a
     * brief build-up by tens of seconds; a mark is set by hand, a little after the moment it marks), and no later than
     * {@code untilSec}.
     */
    private boolean markedInBuildUp(int from, int top, double untilSec) {
        return interventions.anyIn(events, history.timeSec(from) - settings.interventionMarginSec(),
                Math.min(untilSec, history.timeSec(top) + settings.interventionMarginSec()));
    }

    private Episode episode(int endIndex) {
        double onsetSec = history.timeSec(onset);
        double peakSec = history.timeSec(peak);
        boolean interrupted = interrupted();
        double releaseSec = verdict.releaseIndex() >= 0 ? history.timeSec(verdict.releaseIndex()) : Double.NaN;
        EpisodeMetrics metrics = OutcomeClassifier.withTimeline(verdict.metrics(), history, peak, top, preLevel, endIndex);
        return new Episode(onsetSec, peakSec, releaseSec, history.timeSec(endIndex), verdict.outcome(), interrupted,
                verdict.confidence(), metrics, verdict.warnings());
    }

    /**
     * A rise is sustained when, over the last {@code confirmSec}, S stayed at the entry rise in the median,
     * and since the candidate opened it covered the minimum area above the keep level (so a slow wander of
     * the calm level adds nothing): a burst of a few tens of seconds never is.
     */
    private boolean sustainedRise(int k, double low) {
        int briefWindow = history.samples(settings.briefConfirmSec());
        if (longRise(k, low) && heldAtTop(k, low, history.s.median(k - history.samples(settings.confirmSec()), k + 1)
                - low)) {
            path = ConfirmationPath.LONG_RISE;
            return true;
        }
        if (k - candidateStart < briefWindow || history.s(k) < settings.absoluteEnter()) {
            return false;
        }
        double heldRise = history.s.median(k - briefWindow, k + 1) - low;
        if (heldRise >= settings.riseEnter() && heldAtTop(k, low, heldRise)
                && briefBout.agreeingChannels(k, lowIndex, true) >= 2) {
            path = ConfirmationPath.BRIEF_AGREEMENT;
            return true;
        }
        if (heldRise >= settings.riseEnter() && interventionDuringRise(k)) {
            path = ConfirmationPath.INTERVENTION;
            return true;
        }
        // a spell's follow-on bout: S held the keep level while two systems held an entry rise each over their own lows
        if (followOnBout.heldOnWitnesses(k - briefWindow, k + 1, heldRise, followedFrom)) {
            path = ConfirmationPath.BRIEF_WITNESSED;
            return true;
        }
        return false;
    }

    /**
     * Whether the held rise is the candidate's top: at least {@link #HELD_SHARE_OF_TOP} of S's highest rise over
     * {@code low} since the candidate opened. A build-up confirmed on the brief path holds near its top (it is still
     * climbing or has just turned); a reflex's spike (an effortful posture shift, a startle) that opened the candidate
     * and fell back within seconds, followed by mild arousal (talk, a drift), holds only a fraction of the spike's
     * rise, and the hold would then confirm the aftermath with the spike as its peak.
     */
    private boolean heldAtTop(int k, double low, double heldRise) {
        int highest = history.s.argMax(candidateStart, k + 1);
        return highest < 0 || heldRise >= HELD_SHARE_OF_TOP * (history.s(highest) - low);
    }

    /**
     * Whether an intervention was marked in the candidate's build-up up to grid index {@code k}: from
     * {@code interventionMarginSec} before the candidate opened to as long after its highest point so far. That is a
     * build-up cut short by a calming intervention. A therapist calms a client whose distress she sees building, and the
     * build-up then subsides without release (DESIGN.md section 1; issue 19); the paced breathing that often follows is
     * left out of every index ({@code hrv.SlowBreathingDetector}) and S comes back low, so the long path's minute never
     * completes and the rise was lost. The marked intervention is the witness the brief path otherwise asks of a second
     * channel: S held an entry rise for {@code briefConfirmSec}, and someone in the room acted on it. Only interventions
     * marked up to {@code k} count, so a live session decides as the file does. A mark long after the top does not: a
     * candidate stays open while S stays over its low, and one opened by an early spike on a wrist was still open half
     * an hour later when a breathing exercise's mark confirmed it, its peak 30 minutes before the mark
     * (docs/DETECTOR-HISTORY.md, thirty-third session).
     */
    private boolean interventionDuringRise(int k) {
        int highest = history.s.argMax(candidateStart, k + 1);
        return markedInBuildUp(candidateStart, highest < 0 ? k : highest, history.timeSec(k));
    }

    /**
     * The long path: over the last {@code confirmSec} S stayed at the entry rise in the median, and since the
     * candidate opened it covered {@code minAreaZSec} above the keep level. Keeps a running area, so checking
     * it at every grid point costs O(1) beyond the median.
     */
    private boolean longRise(int k, double low) {
        double s = history.s(k);
        double level = low + settings.keepRiseZ();
        if (Double.isFinite(s) && s > level) {
            riseArea += (s - level) / history.rateHz();
        }
        int window = history.samples(settings.confirmSec());
        return k - candidateStart >= window && history.s.median(k - window, k + 1) - low >= settings.riseEnter()
                && s >= settings.absoluteEnter() && riseArea >= settings.minAreaZSec();
    }

    /**
     * The peak of a sustained bout, from the data up to {@code to} (exclusive): the end of the build-up, where S
     * first reached its plateau. That is the first crest coming within {@link #PLATEAU_BAND} of the maximum (S
     * entering that band until it leaves it again), at the point where the crest first came within
     * {@link #PEAK_TOLERANCE} of its own maximum. On a plateau of overwhelm, whose sobbing waves dip and surge by
     * a fifth to a third of the excess, the highest surge may come minutes later and says nothing about when
     * the build-up ended (the simulator's truth: the start of the plateau). A bout that turned has no plateau:
     * its peak stays at its maximum, where it turned.
     */
    private int plateauPeak(int to) {
        double max = history.s(top);
        double band = max - PLATEAU_BAND * (max - preLevel);
        int start = firstAtOrAbove(onset, to, band);
        int crestEnd = start;
        while (crestEnd < to && !(history.s(crestEnd) < band)) {
            crestEnd++;
        }
        double crest = history.s(history.s.argMax(start, crestEnd));
        return firstAtOrAbove(start, crestEnd, crest - PEAK_TOLERANCE * (crest - preLevel));
    }

    private int firstAtOrAbove(int from, int to, double level) {
        for (int k = from; k < to; k++) {
            if (history.s(k) >= level) {
                return k;
            }
        }
        return to - 1;
    }
}

