package org.lacrima.core.episode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Event;

/**
 * The incremental episode detector: fed the axes one grid point at a time, it opens, confirms,
 * classifies and closes episodes as the data arrives. Live analysis feeds it as samples come in; file
 * analysis feeds it the whole session in one go; both see the same sequence of decisions.
 *
 * <p>States: idle → rising (S climbed {@code riseEnter} over its recent low and over
 * {@code absoluteEnter}) → active (the rise held {@code briefConfirmSec} with at least two independent
 * channels agreeing, or {@code confirmSec} with enough area on fewer channels; the onset is traced back
 * to where the rise started) → decided (outcome settled, at most {@code sustainedSec} after the peak)
 * → closed (S back in the baseline band, settled, or the recording ended).
 * Hysteresis: a candidate survives dips down to {@code riseKeepFraction} of the entry rise.
 *
 * <p>Duration is not what makes a bout: once half of a bout's excess is gone (its release happened),
 * a new rise of {@code riseEnter} over the lowest point since closes the bout where that rise began (the
 * first bout is judged on its data up to there) and starts the next one, whether or not the first had settled.
 */
public final class EpisodeTracker {
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
    private final ArrayDeque<Integer> lows = new ArrayDeque<>();

    private State state = State.IDLE;
    private int idleFrom;
    private int candidateStart;
    private int lowIndex;
    private int onset;
    private int peak;
    private int top;
    /** Lowest S since the top (the trough a following bout starts from). */
    private int trough;
    /** Whether the current episode was confirmed on the brief path (agreement, under {@code confirmSec}). */
    private boolean brief;
    /** The trough last judged by {@link #releasedBefore}, and its verdict. */
    private int judgedTrough = -1;
    private boolean troughReleased;
    /** Area (z·s) of S above the keep level since the candidate opened. */
    private double riseArea;
    private double preLevel;
    private OutcomeClassifier.Verdict verdict;
    private double decidedAtSec;
    private boolean finished;

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
    }

    /** Adds events (interventions are matched when an outcome is decided). */
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
        if (finished) {
            throw new IllegalStateException("tracker already finished");
        }
        history.add(s, sQuality, p, pQuality, irregularity, channelS);
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

    /** The episodes so far (closed ones and a decided open one). */
    public List<Episode> episodes() {
        return tracked().stream().map(TrackedEpisode::episode).toList();
    }

    private void step(int k) {
        double s = history.s(k);
        switch (state) {
            case IDLE -> {
                trackLow(k);
                if (Double.isFinite(s) && !lows.isEmpty() && s >= settings.absoluteEnter()
                        && s - history.s(lows.peekFirst()) >= settings.riseEnter()) {
                    state = State.RISING;
                    candidateStart = k;
                    lowIndex = lows.peekFirst();
                    riseArea = 0;
                    longRise(k, history.s(lowIndex));
                }
            }
            case RISING -> {
                trackLow(k);
                double low = history.s(lowIndex);
                if (Double.isFinite(s) && s - low < settings.riseKeepFraction() * settings.riseEnter()) {
                    state = State.IDLE;
                } else if (sustainedRise(k, low)) {
                    confirm(k);
                }
            }
            case ACTIVE -> {
                if (newBoutStarts(k) && releasedBefore(riseStart(k))) {
                    int cut = riseStart(k);
                    if (decide(cut + 1, false, false)) {
                        decidedAtSec = history.timeSec(k);
                        close(cut);
                    }
                    riseFrom(trough, k);
                    return;
                }
                if (brief && longRise(k, history.s(lowIndex))) {
                    brief = false;
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
                if ((halfGone && !highNow && k - peak >= history.samples(settings.decisionSec())) || plateau || escalating) {
                    if (!decide(k + 1, plateau || escalating, false)) {
                        idleFrom = k + 1;
                        lows.clear();
                    }
                }
            }
            case DECIDED -> {
                if (newBoutStarts(k) && !plateauHeldAt(trough)) {
                    close(riseStart(k));
                    riseFrom(trough, k);
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
        return trough > top && halfGone() && s >= settings.absoluteEnter()
                && s - history.s(trough) >= settings.riseEnter();
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
     * Whether the dip through the current trough was a release: the bout judged on its data up to {@code cut}
     * (where the new rise began) comes out resolved (a fast drop with settling or a vagal rebound). A dip and
     * surge without either is a sobbing wave of the same bout (overwhelm plateaus for minutes with repeated
     * waves), and the new rise continues it. Judged once per trough.
     */
    private boolean releasedBefore(int cut) {
        if (trough != judgedTrough) {
            judgedTrough = trough;
            troughReleased = classifier.classify(history, onset, peak, top, cut + 1, preLevel, false, false,
                    channelsUsed).outcome() == Outcome.RESOLVED;
        }
        return troughReleased;
    }

    /** Whether S is at its top level again, not drifting down (the test the sustained call makes). */
    private boolean highNow(int k) {
        return OutcomeClassifier.holdsTop(history, top, preLevel, k + 1);
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

    /** Opens a candidate rising at {@code k} from the low point {@code low} (the previous bout's trough). */
    private void riseFrom(int low, int k) {
        idleFrom = low;
        lows.clear();
        for (int i = low; i <= k; i++) {
            trackLow(i);
        }
        state = State.RISING;
        candidateStart = k;
        lowIndex = low;
        riseArea = 0;
        longRise(k, history.s(low));
    }

    private void confirm(int k) {
        double low = history.s(lowIndex);
        double rise = history.s(candidateStart) - low;
        // The onset is where the rise started: the last up-crossing of 30 % of the rise before the entry.
        // A crossing on the rise is well defined; "the lowest point" of a flat calm stretch is not, and
        // would jump with the smallest change of the data.
        onset = candidateStart;
        while (onset > lowIndex && !(history.s(onset - 1) <= low + ONSET_FRACTION * rise)) {
            onset--;
        }
        double pre = history.s.median(onset - history.samples(settings.preWindowSec()), onset + 1);
        preLevel = Double.isFinite(pre) ? Math.min(pre, history.s(candidateStart)) : low;
        top = history.s.argMax(onset, k + 1);
        peak = firstAtOrAbove(onset, k + 1, history.s(top) - PEAK_TOLERANCE * (history.s(top) - preLevel));
        int lowest = history.s.argMin(top, k + 1);
        trough = lowest > top ? lowest : top;
        state = State.ACTIVE;
    }

    /**
     * Decides the outcome; returns false (and drops the candidate) when a brief rise lacks the S-P sequence or
     * the rise was a step rather than a build-up (shorter than {@code minBuildUpSec}).
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
        if ((brief && !completeSequence()) || peak - onset < history.samples(settings.minBuildUpSec())) {
            state = State.IDLE;
            return false;
        }
        return true;
    }

    /**
     * A rise confirmed on the brief path (and never meeting the long path's criteria later) stays an episode
     * only when it showed the whole S-P sequence: a fast drop and P
     * held at least {@code agreementRise} over its pre-onset level for half a minute, after S stood out by an
     * entry rise over its own pre-onset level (not merely over a low minutes earlier). A brief rise and fall without a vagal
     * rebound is an orienting response (a question that touches something, a noise outside), whose vagal
     * dip merely returns to where it was.
     */
    private boolean completeSequence() {
        return verdict.outcome() == Outcome.RESOLVED && verdict.heldRebound() >= settings.agreementRise()
                && history.s(top) - preLevel >= settings.riseEnter();
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
        idleFrom = k;
        lows.clear();
    }

    private Episode episode(int endIndex) {
        double onsetSec = history.timeSec(onset);
        double peakSec = history.timeSec(peak);
        boolean interrupted = interventions.anyIn(events, onsetSec - settings.interventionMarginSec(),
                peakSec + settings.interventionMarginSec());
        double releaseSec = verdict.releaseIndex() >= 0 ? history.timeSec(verdict.releaseIndex()) : Double.NaN;
        EpisodeMetrics metrics = OutcomeClassifier.withTimeline(verdict.metrics(), history, peak, top, preLevel, endIndex);
        return new Episode(onsetSec, peakSec, releaseSec, history.timeSec(endIndex), verdict.outcome(), interrupted,
                verdict.confidence(), metrics, verdict.warnings());
    }

    /** Keeps the rolling minimum of S over the look-back window (monotonic deque). */
    private void trackLow(int k) {
        double s = history.s(k);
        if (Double.isFinite(s)) {
            while (!lows.isEmpty() && history.s(lows.peekLast()) >= s) {
                lows.pollLast();
            }
            lows.addLast(k);
        }
        int from = Math.max(idleFrom, k - history.samples(settings.riseLookbackSec()));
        while (!lows.isEmpty() && lows.peekFirst() < from) {
            lows.pollFirst();
        }
    }

    /**
     * A rise is sustained when, over the last {@code confirmSec}, S stayed at the entry rise in the median,
     * and since the candidate opened it covered the minimum area above the keep level (so a slow wander of
     * the calm level adds nothing): a burst of a few tens of seconds never is.
     */
    private boolean sustainedRise(int k, double low) {
        int briefWindow = history.samples(settings.briefConfirmSec());
        if (longRise(k, low)) {
            brief = false;
            return true;
        }
        if (k - candidateStart >= briefWindow && history.s.median(k - briefWindow, k + 1) - low >= settings.riseEnter()
                && history.s(k) >= settings.absoluteEnter() && agreeingChannels(k) >= 2) {
            brief = true;
            return true;
        }
        return false;
    }

    /**
     * The long path: over the last {@code confirmSec} S stayed at the entry rise in the median, and since the
     * candidate opened it covered {@code minAreaZSec} above the keep level. Keeps a running area, so checking
     * it at every grid point costs O(1) beyond the median.
     */
    private boolean longRise(int k, double low) {
        double s = history.s(k);
        double level = low + settings.riseKeepFraction() * settings.riseEnter();
        if (Double.isFinite(s) && s > level) {
            riseArea += (s - level) / history.rateHz();
        }
        int window = history.samples(settings.confirmSec());
        return k - candidateStart >= window && history.s.median(k - window, k + 1) - low >= settings.riseEnter()
                && s >= settings.absoluteEnter() && riseArea >= settings.minAreaZSec();
    }

    /**
     * How many independent channels show the rise: each channel behind S whose own contribution rose by
     * {@code agreementRise} from around the candidate's low to the last {@link #AGREEMENT_WINDOW_SEC}, plus
     * P when it comes from RSA and fell by as much (vagal withdrawal). A build-up of crying moves skin
     * conductance, heart rate, breathing and RSA together (Gross et al. 1994); a single channel's burst
     * (one SCR cluster, a sigh) moves one.
     */
    private int agreeingChannels(int k) {
        int w = history.samples(AGREEMENT_WINDOW_SEC);
        int agreeing = 0;
        for (var channel : history.channelS) {
            if (channel.median(k - w, k + 1) - channel.median(lowIndex - w, lowIndex + w + 1) >= settings.agreementRise()) {
                agreeing++;
            }
        }
        if (history.parasympatheticIndependent()
                && history.p.median(lowIndex - w, lowIndex + w + 1) - history.p.median(k - w, k + 1) >= settings.agreementRise()) {
            agreeing++;
        }
        return agreeing;
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
