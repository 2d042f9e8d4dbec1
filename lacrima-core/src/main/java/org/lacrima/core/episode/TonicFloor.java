package org.lacrima.core.episode;

import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.grid.GridStatistics;

/**
 * The reference a habituating tonic index (the skin conductance level) is scored against: the baseline's median, or the
 * index's floor lately where that has come down below it. The tonic level habituates: a client who has just come in
 * starts aroused, and the level comes down over the first minutes (on WESAD's E4 wrists from 6 and 12 times the level
 * it came down to, with a time constant of about three minutes; {@code sim.TonicDecline}). A baseline taken in those
 * minutes then stands above every later calm stretch, the index's z sits several spreads below zero at rest, and a
 * build-up rising from there by the same amount no longer lifts S to the level an episode must reach
 * ({@link DetectorSettings#absoluteEnter()}): on the simulator's sessions with such a decline, recall fell from 0.96 to
 * 0.84 on the chest and from 0.91 to 0.72 at the wrist (docs/DETECTOR-HISTORY.md, twenty-sixth session).
 *
 * <p>The floor is the {@value #QUANTILE} quantile of the index over the last {@value #WINDOW_SEC} s, taken every
 * {@value #REFRESH_SEC} s from the values before then: between the phasic responses riding on it, the level's low
 * tenth is where it stands at rest; ten minutes outlast most build-ups (a rise of 20 s to 5 minutes leaves the floor
 * where the calm before it put it). The reference is the floor lately plus the gap between the baseline's median and
 * its own floor (its values' same quantile), so that a level that has not moved leaves the reference where it was; that
 * gap is at most the component's smallest spread, because a baseline taken while the level was still coming down has a
 * gap the decline made, not the calm. It only ever lowers the reference: a level above the baseline is arousal that S
 * must show (an overwhelm plateau holds it for minutes), never a new normal. With fewer than half the window's values
 * measured the baseline's median stands. Only values before the point scored count, so a file and a live stream give
 * the same reference at every point.
 */
final class TonicFloor {
    /** Span over which the floor is taken, seconds. */
    static final double WINDOW_SEC = 600;
    /** Quantile of the span's values that is the floor. */
    static final double QUANTILE = 0.1;
    /** The floor is taken again every this many seconds: the tonic level moves over minutes. */
    static final double REFRESH_SEC = 15;
    /** Share of the span's grid points that must hold a value for a floor to be taken. */
    private static final double MIN_MEASURED = 0.5;

    private final double baselineMedian;
    /** The baseline's median less its floor: where the calm's median stands over its floor. */
    private final double gap;
    private final int windowSamples;
    private final int refreshSamples;
    private final double[] span;
    private int block = -1;
    private double reference;

    /**
     * A floor for an index whose baseline values are {@code baseline[from, to)} (NaN where not measured), on a grid of
     * {@code rateHz}; {@code maxGap} is the component's smallest spread, in the index's unit.
     */
    TonicFloor(double[] baseline, int from, int to, double maxGap, double rateHz) {
        this.baselineMedian = GridStatistics.median(baseline, from, to);
        this.gap = Math.min(maxGap, baselineMedian - GridStatistics.quantile(baseline, from, to, QUANTILE));
        this.windowSamples = (int) Math.round(WINDOW_SEC * rateHz);
        this.refreshSamples = Math.max(1, (int) Math.round(REFRESH_SEC * rateHz));
        this.span = new double[windowSamples];
        this.reference = baselineMedian;
    }

    /**
     * The reference for grid point {@code k} of {@code series}: the baseline median, or the floor lately plus the
     * baseline's gap over its own floor where that is lower.
     */
    double reference(GridBuffer series, int k) {
        int current = k / refreshSamples;
        if (current != block) {
            block = current;
            reference = floorBefore(series, current * refreshSamples);
        }
        return reference;
    }

    private double floorBefore(GridBuffer series, int to) {
        int from = Math.max(0, to - windowSamples);
        int measured = 0;
        for (int i = from; i < to; i++) {
            double v = series.get(i);
            if (Double.isFinite(v)) {
                span[measured++] = v;
            }
        }
        if (to - from == 0 || measured < MIN_MEASURED * (to - from)) {
            return baselineMedian;
        }
        return Math.min(baselineMedian, GridStatistics.quantile(span, 0, measured, QUANTILE) + gap);
    }
}
