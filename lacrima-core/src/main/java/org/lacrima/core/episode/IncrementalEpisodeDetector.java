package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Index;

/**
 * From the 4 Hz indices to episodes, incrementally: waits until the baseline can be fixed (the given
 * one has passed, or the early search span is complete), smooths the indices with a short centred
 * window, normalises them into the S and P axes and feeds these to an {@link EpisodeTracker}. Indices may
 * arrive all at once (file analysis) or a few grid points at a time (live); the axes and decisions are
 * the same. When the early span holds no stable calm stretch, the final answer waits for the whole session (the
 * calmest stretch anywhere) and the episodes are recomputed at {@link #finish}; meanwhile spans twice as long
 * each time (8, 16, 32 minutes, ...) are searched as they complete, so that a live view shows provisional episodes from the first stable calm stretch on.
 */
public final class IncrementalEpisodeDetector {
    /**
     * Half-width of the centred running median of the indices, seconds: removes beat-to-beat and breath jitter,
     * and, being a median, a missed, split or ectopic beat's spike of a few seconds in heart rate and RSA, which a
     * mean would spread into a 12-second step of the axes. Heart rate swings with every breath (respiratory sinus
     * arrhythmia, a few to ten bpm): where S rests on it alone ({@link #heartAlone}) and one side of its window holds no
     * value (beside a stretch left out: a walk, a breathing exercise, a lost beat), its median needs the other side's
     * whole half and the centre, as at a recording's start, since a few seconds of it there are one phase of the swing,
     * its crest or its trough, not a level: on an RR strap the crest before a breathing exercise was left out read as a
     * build-up's top.
     */
    private static final double SMOOTHING_HALF_WIDTH_SEC = 6;
    /**
     * Key of the speech-breathing series among the indices (1 while the respiration belt shows speech, 0 while it
     * shows other breathing; absent without a belt): not an index of the session's output, but what tells the tracker
     * that the client was talking ({@link SpeechAnswer}).
     */
    public static final String SPEECH = "speech";

    private final double rateHz;
    private final DetectorSettings settings;
    private final InterventionPolicy interventions;
    private final BaselineFinder finder;
    private final Baseline given;
    private final List<org.lacrima.core.model.Event> events = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Baseline baseline;
    private AxisScorer sympathetic;
    private AxisScorer parasympathetic;
    private EpisodeTracker tracker;
    private final Map<String, GridBuffer> smoothed = new java.util.LinkedHashMap<>();
    private final Map<String, SlidingMedian> medians = new java.util.HashMap<>();
    private int smoothedLength;
    private boolean finished;
    private boolean tooShort;
    /** Skin conductance indices blanked while the electrodes settle. */
    private static final List<String> SETTLING_INDICES = List.of("scl", "scrRate", "scrAmplitude");
    private final ElectrodeSettling settling = ElectrodeSettling.defaults();
    private boolean settlingJudged;
    private double settledSec;
    /** Grid points of the longest span searched for a stable calm baseline so far (0 before the early span). */
    private int searchedSpan;
    /** The warning naming a baseline found after the early span, which holds only until {@link #finish}; else null. */
    private String provisional;

    /**
     * @param rateHz        grid rate of the indices in hertz
     * @param settings      detector thresholds
     * @param interventions which events are interventions
     * @param finder        automatic baseline search
     * @param given         a user-given baseline, or {@code null} for automatic
     */
    public IncrementalEpisodeDetector(double rateHz, DetectorSettings settings, InterventionPolicy interventions,
                                      BaselineFinder finder, Baseline given) {
        this.rateHz = rateHz;
        this.settings = settings;
        this.interventions = interventions;
        this.finder = finder;
        this.given = given;
    }

    /** Adds events (recording annotations, intervention marks). */
    public void addEvents(List<org.lacrima.core.model.Event> newEvents) {
        events.addAll(newEvents);
        if (tracker != null) {
            tracker.addEvents(newEvents);
        }
    }

    /**
     * New index values are available: {@code indices} hold final values for grid points
     * {@code [0, available)}. Index names as in {@link AxisComponent}, plus "irregularity" and {@link #SPEECH}.
     */
    public void advance(Map<String, GridBuffer> indices, int available) {
        if (finished) {
            throw new IllegalStateException("detector already finished");
        }
        smooth(indices, available, false);
        if (baseline == null) {
            tryFixBaseline(indices, available);
        }
        if (baseline != null) {
            feed(smoothedLength);
        }
    }

    /** No more data: fixes the baseline if still open, and decides everything. */
    public void finish(Map<String, GridBuffer> indices, int available) {
        if (finished) {
            return;
        }
        smooth(indices, available, true);
        if (baseline == null) {
            tryFixBaseline(indices, available);
        }
        if (baseline == null && given == null && available < settings.minRecordingSec() * rateHz) {
            tooShort = true;
            warnings.add(String.format(java.util.Locale.ROOT, "recording too short for episode detection: %.0f s of data, "
                    + "at least %.0f s (a %.0f-minute baseline and room for one bout) are needed without a given "
                    + "baseline; no episodes reported", available / rateHz, settings.minRecordingSec(),
                    finder.windowSec() / 60));
            finished = true;
            return;
        }
        if (provisional != null) {
            // the first stable stretch after the early span may still hold the tail of an episode that filled it;
            // the final answer is the one a session without a stable stretch gets, the calmest stretch anywhere
            warnings.remove(provisional);
            baseline = null;
        }
        if (baseline == null) {
            maskSettling();
            fix(finder.findAnywhere(smoothed, rateHz, smoothedLength, settledSec));
            if (available >= finder.searchSec() * rateHz) {
                warnings.add("no stable calm stretch in the first " + Math.round(finder.searchSec() / 60)
                        + " minutes: the baseline is the calmest stretch anywhere in the session");
            }
        }
        feed(smoothedLength);
        tracker.finish();
        finished = true;
    }

    /** The baseline, once fixed. */
    public Optional<Baseline> baseline() {
        return Optional.ofNullable(baseline);
    }

    /**
     * Whether the baseline fixed so far holds only until {@link #finish}: the early span held no stable calm stretch,
     * and this is the first one found in a longer span; the final baseline is the calmest stretch anywhere.
     */
    public boolean baselineProvisional() {
        return provisional != null && !finished;
    }

    /** Episodes decided so far (all of them after {@link #finish}). */
    public List<EpisodeTracker.TrackedEpisode> tracked() {
        return tracker == null ? List.of() : tracker.tracked();
    }

    /** The episodes decided so far. */
    public List<Episode> episodes() {
        return tracked().stream().map(EpisodeTracker.TrackedEpisode::episode).toList();
    }

    /** Candidates the tracker confirmed so far, with the path that confirmed each (empty before the baseline is fixed). */
    public List<Confirmation> confirmations() {
        return tracker == null ? List.of() : tracker.confirmations();
    }

    /** Candidates the tracker turned down so far, with the check each failed (empty before the baseline is fixed). */
    public List<DroppedCandidate> dropped() {
        return tracker == null ? List.of() : tracker.dropped();
    }

    /** The smoothed axes fed to the tracker so far, or empty before the baseline is fixed. */
    public Optional<AxisHistory> axes() {
        return tracker == null ? Optional.empty() : Optional.of(tracker.history());
    }

    /** Evidence names behind S and P, e.g. ["EDA", "HR", "RSA"]; empty before the baseline is fixed. */
    public List<String> evidence() {
        if (sympathetic == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(sympathetic.evidence());
        names.addAll(parasympathetic.evidence());
        return List.copyOf(names);
    }

    /** Whether the parasympathetic axis comes from RSA (true), heart rate (false), or nothing (empty). */
    public Optional<Boolean> parasympatheticFromRsa() {
        if (parasympathetic == null || parasympathetic.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parasympathetic.indexNames().contains(Index.RSA.key()));
    }

    /** Whether the recording was too short to look for episodes (no baseline given, shorter than {@code minRecordingSec}). */
    public boolean tooShort() {
        return tooShort;
    }

    /** Whether the sympathetic axis could be built at all. */
    public boolean sympatheticAvailable() {
        return sympathetic != null && !sympathetic.isEmpty();
    }

    /** Limitations found so far. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void tryFixBaseline(Map<String, GridBuffer> indices, int available) {
        if (given != null) {
            if (smoothedLength() >= Math.round(given.endSec() * rateHz)) {
                fix(given);
            }
        } else {
            // The early span first, then, while no calm stretch is found, spans twice as long each time, each
            // searched once when complete and on its own data only: a live view gets its baseline (and its
            // episodes) soon after a calm stretch has been seen, and a file, fed in whatever blocks, gets the same.
            // Doubling keeps the searches of a long recording without any calm stretch (a day-long Holter) to a
            // few, about twice the cost of the last, where growing by the early span would search it 180 times.
            int early = (int) Math.round(finder.searchSec() * rateHz);
            while (baseline == null && smoothedLength() >= nextSpan(early)) {
                maskSettling();
                searchedSpan = nextSpan(early);
                finder.findStable(smoothed, rateHz, searchedSpan, settledSec).ifPresent(this::fix);
                if (baseline != null && searchedSpan > early) {
                    provisional = String.format(java.util.Locale.ROOT, "no stable calm stretch in the first %d minutes:"
                            + " episodes so far are judged against the first found after them, %.0f-%.0f s, until the"
                            + " session's calmest stretch is known", Math.round(finder.searchSec() / 60),
                            baseline.startSec(), baseline.endSec());
                    warnings.add(provisional);
                }
            }
        }
    }

    /** The span to search next for a stable calm baseline: the early span, then twice the last one searched. */
    private int nextSpan(int early) {
        return searchedSpan == 0 ? early : 2 * searchedSpan;
    }

    /**
     * Finds the EDA electrodes' settling in the early search span (the same span live and from a file) and blanks
     * the skin conductance indices until it ended, once: neither the baseline nor S may rest on a level that is
     * still drifting up ({@link ElectrodeSettling}). Called before the automatic baseline is chosen, when nothing
     * has been fed to the tracker yet.
     */
    private void maskSettling() {
        if (settlingJudged) {
            return;
        }
        settlingJudged = true;
        int span = Math.min(smoothedLength, (int) Math.round(finder.searchSec() * rateHz));
        settledSec = settling.settledSec(smoothed.get("scl"), rateHz, span);
        if (settledSec <= 0) {
            return;
        }
        int end = Math.min(smoothedLength, (int) Math.round(settledSec * rateHz));
        for (String index : SETTLING_INDICES) {
            GridBuffer series = smoothed.get(index);
            for (int k = 0; series != null && k < Math.min(end, series.length()); k++) {
                series.set(k, Double.NaN);
            }
        }
        warnings.add(String.format(java.util.Locale.ROOT, "EDA electrodes settling: skin conductance rose steadily "
                + "from the start until %.0f s; not used for the baseline or the sympathetic axis before then", settledSec));
    }

    private void fix(Baseline chosen) {
        baseline = chosen;
        int from = (int) Math.round(chosen.startSec() * rateHz);
        int to = (int) Math.round(chosen.endSec() * rateHz);
        sympathetic = AxisScorer.fit(AxisComponent.SYMPATHETIC, smoothed, from, to, rateHz);
        parasympathetic = AxisScorer.fit(AxisComponent.PARASYMPATHETIC, smoothed, from, to, rateHz);
        if (parasympathetic.isEmpty()) {
            parasympathetic = AxisScorer.fit(AxisComponent.PARASYMPATHETIC_FROM_HR, smoothed, from, to, rateHz);
        }
        Set<String> used = new LinkedHashSet<>(sympathetic.evidence());
        used.addAll(parasympathetic.evidence());
        // RSA withdrawal counts as a channel of its own beside heart rate: heart rate mixes sympathetic and vagal
        // drive and rises only modestly in crying, while RSA measures the respiratory vagal modulation; with a chest
        // strap alone it is the only second witness. Heart-rate artefacts that move both are taken out by the
        // running median, and a brief bout must still show its held vagal rebound.
        boolean independentP = parasympathetic.indexNames().contains(Index.RSA.key());
        tracker = new EpisodeTracker(settings, new AxisHistory(rateHz, !parasympathetic.isEmpty(),
                sympathetic.evidence(), independentP), interventions, List.copyOf(used));
        tracker.addEvents(events);
    }

    /**
     * Smooths every index with a centred running median before it is normalised: the baseline spread then
     * measures slow variability (what an episode must stand out from), not beat-to-beat and
     * breath-to-breath jitter.
     */
    private void smooth(Map<String, GridBuffer> indices, int available, boolean last) {
        int half = (int) Math.round(SMOOTHING_HALF_WIDTH_SEC * rateHz);
        int ready = last ? available : Math.max(0, available - half);
        boolean heartAlone = heartAlone(indices);
        for (Map.Entry<String, GridBuffer> e : indices.entrySet()) {
            GridBuffer out = smoothed.computeIfAbsent(e.getKey(), k -> new GridBuffer());
            out.fill(Double.NaN, Math.max(0, smoothedLength - out.length()));
            if (out.length() < ready) {
                SlidingMedian median = medians.get(e.getKey());
                if (median == null || !median.follows(e.getValue())) {
                    median = new SlidingMedian(e.getValue());
                    medians.put(e.getKey(), median);
                }
                GridBuffer series = e.getValue();
                boolean swingsWithBreath = heartAlone && e.getKey().equals(Index.HR.key());
                for (int k = out.length(); k < ready; k++) {
                    int from = Math.max(0, k - half);
                    int to = Math.min(available, k + half + 1);
                    // beside a stretch left out, a median of one side's few heart rates is one phase of its swing
                    boolean oneSided = swingsWithBreath && (k > 0 && !(series.finiteFraction(from, k) > 0)
                            || k + 1 < to && !(series.finiteFraction(k + 1, to) > 0));
                    out.add(median.median(from, to, oneSided ? half + 1 : 1));
                }
            }
        }
        smoothedLength = Math.max(smoothedLength, ready);
    }

    /**
     * Whether S rests on heart rate alone: no other sympathetic index among {@code indices} (an RR strap, with or without
     * an accelerometer). With other channels S is their mean, which dilutes one phase of the heart's swing, while a wrist's
     * pulse, blank beside every gesture, would lose most of its coverage: on WESAD's S4 heart rate then covered too little
     * of the first minutes to count in the baseline search, and a window of skin conductance alone became the baseline
     * (docs/DETECTOR-HISTORY.md, eighteenth session).
     */
    private static boolean heartAlone(Map<String, GridBuffer> indices) {
        return AxisComponent.SYMPATHETIC.stream()
                .allMatch(c -> c.index().equals(Index.HR.key()) || !indices.containsKey(c.index()));
    }

    private int smoothedLength() {
        return smoothedLength;
    }

    private void feed(int upTo) {
        GridBuffer irregularity = smoothed.get(Index.IRREGULARITY.key());
        GridBuffer speech = smoothed.get(SPEECH);
        List<String> channels = tracker.history().channels();
        for (int k = tracker.history().length(); k < upTo; k++) {
            double[] channelS = new double[channels.size()];
            for (int c = 0; c < channelS.length; c++) {
                channelS[c] = sympathetic.channelScore(smoothed, k, channels.get(c));
            }
            tracker.push(sympathetic.score(smoothed, k), sympathetic.quality(smoothed, k),
                    parasympathetic.score(smoothed, k), parasympathetic.quality(smoothed, k),
                    irregularity == null ? Double.NaN : irregularity.get(k), channelS,
                    speech == null ? Double.NaN : speech.get(k));
        }
    }
}
