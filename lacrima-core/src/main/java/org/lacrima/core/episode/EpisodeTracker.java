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
 * {@code absoluteEnter}) → active (the rise lasted {@code confirmSec} with enough area; the onset is
 * traced back to where the rise started) → decided (outcome settled, at most {@code sustainedSec}
 * after the peak) → closed (S back in the baseline band, settled, or the recording ended).
 * Hysteresis: a candidate survives dips down to {@code riseKeepFraction} of the entry rise.
 */
public final class EpisodeTracker {
    private enum State { IDLE, RISING, ACTIVE, DECIDED }

    /**
     * The peak is the first point within this fraction of the excess of the maximum: on a plateau the
     * maximum itself wanders with noise, the crossing on the way up does not.
     */
    private static final double PEAK_TOLERANCE = 0.05;
    /** The onset is the last up-crossing of this fraction of the rise before the entry. */
    private static final double ONSET_FRACTION = 0.3;
    /** S within this fraction of the excess of its maximum is "at the top" (plateau). */
    private static final double PLATEAU_BAND = 0.2;
    /** An episode still climbing this long after its onset is escalating: decide it then. */
    private static final double MAX_UNDECIDED_SEC = 900;

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

    /** Feeds one grid point. */
    public void push(double s, double sQuality, double p, double pQuality, double irregularity) {
        if (finished) {
            throw new IllegalStateException("tracker already finished");
        }
        history.add(s, sQuality, p, pQuality, irregularity);
        step(history.length() - 1);
    }

    /** The recording ended: decides and closes what is still open. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        int n = history.length();
        if (state == State.ACTIVE) {
            decide(n, false, true);
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
                if (Double.isFinite(s) && s > history.s(top)) {
                    top = k;
                    peak = firstAtOrAbove(onset, k + 1, s - PEAK_TOLERANCE * (s - preLevel));
                }
                double excess = history.s(top) - preLevel;
                boolean halfGone = firstAtOrBelow(peak, k + 1, preLevel + 0.5 * excess) >= 0;
                // The top is reached when S first came within a band of its maximum: on a noisy plateau
                // the running maximum creeps forward, the start of the plateau does not.
                int topSince = firstAtOrAbove(onset, k + 1, history.s(top) - PLATEAU_BAND * excess);
                boolean plateau = !halfGone && k - topSince >= history.samples(settings.sustainedSec());
                boolean escalating = !halfGone && k - onset >= history.samples(MAX_UNDECIDED_SEC);
                if ((halfGone && k - peak >= history.samples(settings.decisionSec())) || plateau || escalating) {
                    decide(k + 1, plateau || escalating, false);
                }
            }
            case DECIDED -> {
                if (ended(k)) {
                    close(k);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
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
        state = State.ACTIVE;
    }

    private void decide(int now, boolean plateauElapsed, boolean truncated) {
        verdict = classifier.classify(history, onset, peak, top, now, preLevel, plateauElapsed, truncated, channelsUsed);
        decidedAtSec = history.timeSec(now - 1);
        state = State.DECIDED;
    }

    private boolean ended(int k) {
        double excess = history.s(top) - preLevel;
        double s = history.s(k);
        if (!Double.isFinite(s)) {
            return false;
        }
        if (verdict.outcome() == Outcome.SUSTAINED) {
            return s <= preLevel + 0.5 * excess;
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
        idleFrom = k + 1;
        lows.clear();
    }

    private Episode episode(int endIndex) {
        double onsetSec = history.timeSec(onset);
        double peakSec = history.timeSec(peak);
        boolean interrupted = interventions.anyIn(events, onsetSec - settings.interventionMarginSec(),
                peakSec + settings.interventionMarginSec());
        double releaseSec = verdict.releaseIndex() >= 0 ? history.timeSec(verdict.releaseIndex()) : Double.NaN;
        return new Episode(onsetSec, peakSec, releaseSec, history.timeSec(endIndex), verdict.outcome(), interrupted,
                verdict.confidence(), verdict.metrics(), verdict.warnings());
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
        int window = history.samples(settings.confirmSec());
        if (k - candidateStart < window) {
            return false;
        }
        return history.s.median(k - window, k + 1) - low >= settings.riseEnter()
                && history.s(k) >= settings.absoluteEnter()
                && area(candidateStart, k + 1, low + settings.riseKeepFraction() * settings.riseEnter())
                >= settings.minAreaZSec();
    }

    private double area(int from, int to, double level) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double s = history.s(i);
            if (Double.isFinite(s) && s > level) {
                sum += (s - level) / history.rateHz();
            }
        }
        return sum;
    }

    private int firstAtOrAbove(int from, int to, double level) {
        for (int k = from; k < to; k++) {
            if (history.s(k) >= level) {
                return k;
            }
        }
        return to - 1;
    }

    private int firstAtOrBelow(int from, int to, double level) {
        for (int k = from; k < to; k++) {
            if (history.s(k) <= level) {
                return k;
            }
        }
        return -1;
    }
}
