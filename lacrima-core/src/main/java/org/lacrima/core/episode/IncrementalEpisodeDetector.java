package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lacrima.core.analysis.Baseline;
import org.lacrima.core.grid.GridBuffer;

/**
 * From the 4 Hz indices to episodes, incrementally: waits until the baseline can be fixed (the given
 * one has passed, or the early search span is complete), normalises the indices into the S and P axes,
 * smooths them with a short centred window and feeds them to an {@link EpisodeTracker}. Indices may
 * arrive all at once (file analysis) or a few grid points at a time (live); the axes and decisions are
 * the same. Only when no stable early baseline exists does the final answer wait for the whole session
 * (the calmest stretch anywhere), and then the episodes are recomputed at {@link #finish}.
 */
public final class IncrementalEpisodeDetector {
    /** Half-width of the centred smoothing of the axes, seconds: removes beat-to-beat and SCR jitter. */
    private static final double SMOOTHING_HALF_WIDTH_SEC = 6;

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
    private final GridBuffer rawS = new GridBuffer();
    private final GridBuffer rawP = new GridBuffer();
    private final GridBuffer qualityS = new GridBuffer();
    private final GridBuffer qualityP = new GridBuffer();
    private boolean finished;

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
     * {@code [0, available)}. Index names as in {@link AxisComponent}, plus "irregularity".
     */
    public void advance(Map<String, GridBuffer> indices, int available) {
        if (finished) {
            throw new IllegalStateException("detector already finished");
        }
        if (baseline == null) {
            tryFixBaseline(indices, available);
        }
        if (baseline != null) {
            feed(indices, available, false);
        }
    }

    /** No more data: fixes the baseline if still open, and decides everything. */
    public void finish(Map<String, GridBuffer> indices, int available) {
        if (finished) {
            return;
        }
        if (baseline == null) {
            tryFixBaseline(indices, available);
        }
        if (baseline == null) {
            fix(finder.findAnywhere(indices, rateHz, available), indices);
            if (available >= finder.searchSec() * rateHz) {
                warnings.add("no stable calm stretch in the first " + Math.round(finder.searchSec() / 60)
                        + " minutes: the baseline is the calmest stretch anywhere in the session");
            }
        }
        feed(indices, available, true);
        tracker.finish();
        finished = true;
    }

    /** The baseline, once fixed. */
    public Optional<Baseline> baseline() {
        return Optional.ofNullable(baseline);
    }

    /** Episodes decided so far (all of them after {@link #finish}). */
    public List<EpisodeTracker.TrackedEpisode> tracked() {
        return tracker == null ? List.of() : tracker.tracked();
    }

    /** The episodes decided so far. */
    public List<Episode> episodes() {
        return tracked().stream().map(EpisodeTracker.TrackedEpisode::episode).toList();
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
        return Optional.of(parasympathetic.indexNames().contains("rsa"));
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
            if (available >= Math.round(given.endSec() * rateHz)) {
                fix(given, indices);
            }
        } else if (available >= Math.round(finder.searchSec() * rateHz)) {
            finder.findEarly(indices, rateHz, available).ifPresent(b -> fix(b, indices));
        }
    }

    private void fix(Baseline chosen, Map<String, GridBuffer> indices) {
        baseline = chosen;
        int from = (int) Math.round(chosen.startSec() * rateHz);
        int to = (int) Math.round(chosen.endSec() * rateHz);
        sympathetic = AxisScorer.fit(AxisComponent.SYMPATHETIC, indices, from, to);
        parasympathetic = AxisScorer.fit(AxisComponent.PARASYMPATHETIC, indices, from, to);
        if (parasympathetic.isEmpty()) {
            parasympathetic = AxisScorer.fit(AxisComponent.PARASYMPATHETIC_FROM_HR, indices, from, to);
        }
        Set<String> used = new LinkedHashSet<>(sympathetic.evidence());
        used.addAll(parasympathetic.evidence());
        tracker = new EpisodeTracker(settings, new AxisHistory(rateHz, !parasympathetic.isEmpty()), interventions,
                List.copyOf(used));
        tracker.addEvents(events);
    }

    private void feed(Map<String, GridBuffer> indices, int available, boolean last) {
        for (int k = rawS.length(); k < available; k++) {
            rawS.add(sympathetic.score(indices, k));
            qualityS.add(sympathetic.quality(indices, k));
            rawP.add(parasympathetic.score(indices, k));
            qualityP.add(parasympathetic.quality(indices, k));
        }
        int half = (int) Math.round(SMOOTHING_HALF_WIDTH_SEC * rateHz);
        int ready = last ? available : available - half;
        GridBuffer irregularity = indices.get("irregularity");
        for (int k = tracker.history().length(); k < ready; k++) {
            tracker.push(rawS.mean(k - half, k + half + 1), qualityS.get(k), rawP.mean(k - half, k + half + 1),
                    qualityP.get(k), irregularity == null ? Double.NaN : irregularity.get(k));
        }
    }
}
