package org.lacrima.core.episode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.grid.GridStatistics;

/**
 * Finds the baseline automatically: the calmest stable stretch early in the session, else the calmest
 * anywhere. "Calm" means low sympathetic indices relative to the searched span; "stable" means they
 * move little inside the stretch.
 *
 * <p>Each candidate window gets, per sympathetic index, a level score (window median above the span's
 * 10th percentile, in units of the span's 10–90 % range) plus a stability score (the window's own
 * 10–90 % range in the same units); the weighted mean over indices ranks the windows.
 */
public final class BaselineFinder {
    /** A window is stable when its indices move less than this share of the span's range. */
    private static final double MAX_STABILITY_SCORE = 0.6;
    /** Movement within this many component floors counts as quiet whatever the span's range. */
    private static final double QUIET_FLOORS = 4;
    /**
     * An early window whose level lies more than this many floors (z at the floor spread) over the span's calm level
     * (its 10th percentile, weighted over the indices) is itself aroused: the rise that opens an episode
     * ({@link DetectorSettings#riseEnter()}, 2 z), so that rising to it from the span's calm would be an episode. A
     * stable plateau of overwhelm, or the top of a slow build-up that began as the electrodes settled, is no
     * baseline: normalised against it, the session's calm sits below zero and its bouts rise from there unseen.
     */
    private static final double AROUSED_FLOORS = 2;
    /** A window needs values in this fraction of its grid points. */
    private static final double MIN_COVERAGE = 0.7;

    private final double windowSec;
    private final double searchSec;
    private final double stepSec;
    private final List<AxisComponent> components;

    /**
     * @param windowSec  baseline length in seconds (3 minutes by default)
     * @param searchSec  "early": the first this-many seconds are searched first
     * @param stepSec    spacing of candidate windows in seconds
     * @param components indices judged for calmness (the sympathetic ones)
     */
    public BaselineFinder(double windowSec, double searchSec, double stepSec, List<AxisComponent> components) {
        this.windowSec = windowSec;
        this.searchSec = searchSec;
        this.stepSec = stepSec;
        this.components = List.copyOf(components);
    }

    /** 3-minute windows, the first 8 minutes searched first (so a live view can settle an early episode within 5 minutes of its peak), 15 s steps, sympathetic indices (HR-based P as fallback). */
    public static BaselineFinder defaults() {
        return new BaselineFinder(180, 480, 15, AxisComponent.SYMPATHETIC);
    }

    /** Length of a baseline window in seconds. */
    public double windowSec() {
        return windowSec;
    }

    /** Seconds of data needed before the early search can decide. */
    public double searchSec() {
        return searchSec;
    }

    /**
     * The calmest stable window starting in the first {@link #searchSec()} seconds, using only data up to
     * that time, or empty if none is stable (or too little data).
     */
    public Optional<Baseline> findEarly(Map<String, GridBuffer> indices, double rateHz, int length) {
        return findEarly(indices, rateHz, length, 0);
    }

    /**
     * As {@link #findEarly(Map, double, int)}, with windows starting no earlier than {@code notBeforeSec}
     * (after the electrodes have settled, {@link ElectrodeSettling}).
     */
    public Optional<Baseline> findEarly(Map<String, GridBuffer> indices, double rateHz, int length, double notBeforeSec) {
        return findStable(indices, rateHz, Math.min(length, (int) Math.round(searchSec * rateHz)), notBeforeSec);
    }

    /**
     * The calmest stable window starting at {@code notBeforeSec} or later and ending by grid point {@code spanEnd},
     * using only data before {@code spanEnd}; empty if none is stable (or too little data). With {@code spanEnd} at
     * the early search span's end this is {@link #findEarly}; a live session whose first minutes hold no calm stretch
     * searches longer spans as they complete.
     */
    public Optional<Baseline> findStable(Map<String, GridBuffer> indices, double rateHz, int spanEnd, double notBeforeSec) {
        return best(indices, rateHz, (int) Math.round(notBeforeSec * rateHz), spanEnd, true);
    }

    /** The calmest window anywhere in the first {@code length} grid points; never empty. */
    public Baseline findAnywhere(Map<String, GridBuffer> indices, double rateHz, int length) {
        return findAnywhere(indices, rateHz, length, 0);
    }

    /**
     * As {@link #findAnywhere(Map, double, int)}, preferring windows starting at {@code notBeforeSec} or later;
     * the first window of the recording when none fits after it.
     */
    public Baseline findAnywhere(Map<String, GridBuffer> indices, double rateHz, int length, double notBeforeSec) {
        return best(indices, rateHz, (int) Math.round(notBeforeSec * rateHz), length, false)
                .or(() -> best(indices, rateHz, 0, length, false))
                .orElseGet(() -> new Baseline(0, Math.min(windowSec, length / rateHz), true));
    }

    private Optional<Baseline> best(Map<String, GridBuffer> indices, double rateHz, int spanStart, int spanEnd,
                                    boolean requireStable) {
        List<AxisComponent> present = components.stream().filter(c -> indices.containsKey(c.index())).toList();
        int window = (int) Math.round(windowSec * rateHz);
        int step = Math.max(1, (int) Math.round(stepSec * rateHz));
        if (present.isEmpty() || spanEnd - spanStart < window) {
            return Optional.empty();
        }
        double[][] values = new double[present.size()][];
        double[] low = new double[present.size()];
        boolean[] usual = new boolean[present.size()];
        double[] range = new double[present.size()];
        for (int c = 0; c < present.size(); c++) {
            GridBuffer series = indices.get(present.get(c).index());
            values[c] = new double[spanEnd];
            for (int i = 0; i < spanEnd; i++) {
                values[c][i] = present.get(c).sign() * series.get(i);
            }
            // the calm level is judged over the whole span, settling included (its blanked values drop out): a
            // build-up that starts as the electrodes settle must not become the span's "calm"
            low[c] = GridStatistics.quantile(values[c], 0, spanEnd, 0.1);
            for (int start = 0; !usual[c] && start + window <= spanEnd; start += step) {
                usual[c] = GridStatistics.finiteFraction(values[c], start, start + window) >= MIN_COVERAGE;
            }
            double high = GridStatistics.quantile(values[c], 0, spanEnd, 0.9);
            range[c] = Math.max(high - low[c], present.get(c).floorAbsolute());
        }
        double bestScore = Double.POSITIVE_INFINITY;
        int bestStart = -1;
        for (int start = spanStart; start + window <= spanEnd; start += step) {
            double score = 0;
            double weight = 0;
            double worstStability = 0;
            double elevation = 0;
            boolean leftOut = false;
            for (int c = 0; c < present.size(); c++) {
                if (GridStatistics.finiteFraction(values[c], start, start + window) < MIN_COVERAGE) {
                    // An index usable in other windows so far but left out here was blanked because it measured
                    // something else (walking, a laugh, a paced breathing exercise, movement): no rest, however calm the rest.
                    leftOut |= usual[c];
                    continue;
                }
                double median = GridStatistics.median(values[c], start, start + window);
                double level = (median - low[c]) / range[c];
                double spread = GridStatistics.quantile(values[c], start, start + window, 0.9)
                        - GridStatistics.quantile(values[c], start, start + window, 0.1);
                double stability = spread / range[c];
                double w = present.get(c).weight();
                score += w * (level + stability);
                weight += w;
                // Movement within a few floor units is noise, not instability, even in a calm span.
                double tolerated = QUIET_FLOORS * Math.max(present.get(c).floorAbsolute(),
                        present.get(c).floorRelative() * Math.abs(median));
                worstStability = Math.max(worstStability, spread <= tolerated ? 0 : stability);
                elevation += w * (median - low[c]) / (tolerated / QUIET_FLOORS);
            }
            if (weight == 0 || leftOut || (requireStable && (worstStability > MAX_STABILITY_SCORE
                    || elevation / weight > AROUSED_FLOORS))) {
                continue;
            }
            if (score / weight < bestScore) {
                bestScore = score / weight;
                bestStart = start;
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        return Optional.of(new Baseline(bestStart / rateHz, (bestStart + window) / rateHz, true));
    }
}
