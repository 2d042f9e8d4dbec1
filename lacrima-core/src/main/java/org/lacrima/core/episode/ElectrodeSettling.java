package org.lacrima.core.episode;

import org.lacrima.core.grid.GridBuffer;

/**
 * EDA electrodes settling after they are put on: as the electrolyte wets the skin under a dry electrode
 * (a wrist device such as the Empatica E4 above all) the measured skin conductance level climbs for the
 * first minutes, monotonically and ever more slowly, whatever the person feels. Until it stops, the level
 * is neither a baseline nor evidence of arousal.
 *
 * <p>The level is followed in {@value #BLOCK_SEC}-second medians from the recording start; the drift lasts
 * while each block is at least {@value #DRIFT_FLOORS} floor units (the skin conductance component's
 * smallest spread, {@link AxisComponent}) above the one before, and counts as settling only when it began
 * with the recording and climbed {@value #MIN_DRIFT_FLOORS} floor units or more in all. An arousal that
 * starts later, after a level stretch, is therefore never taken for settling.
 */
public final class ElectrodeSettling {
    /** Block length, seconds: several skin conductance responses long, so single responses do not look like drift. */
    static final double BLOCK_SEC = 30;
    /**
     * Rise per block, in floor units, below which the level is settled: with the drift slowing exponentially
     * (time constants of one to a few minutes), what remains to come is then about one floor unit, under the
     * noise the baseline spread already allows.
     */
    static final double DRIFT_FLOORS = 0.25;
    /** Least total drift, in floor units, that is worth masking: a smaller one could never open an episode (2 z). */
    static final double MIN_DRIFT_FLOORS = 2;

    private final AxisComponent level;

    /** @param level the skin conductance level component whose floors measure the drift */
    public ElectrodeSettling(AxisComponent level) {
        this.level = level;
    }

    /** Settling judged on the sympathetic axis's skin conductance level component. */
    public static ElectrodeSettling defaults() {
        return new ElectrodeSettling(AxisComponent.SYMPATHETIC.stream().filter(c -> c.index().equals("scl"))
                .findFirst().orElseThrow());
    }

    /**
     * Seconds from the recording start until the level stopped drifting up, looking at grid points
     * {@code [0, length)} only; 0 when it did not settle visibly (or {@code scl} is {@code null}).
     */
    public double settledSec(GridBuffer scl, double rateHz, int length) {
        int block = (int) Math.round(BLOCK_SEC * rateHz);
        if (scl == null || length < 2 * block) {
            return 0;
        }
        double first = scl.median(0, block);
        if (!Double.isFinite(first)) {
            return 0;
        }
        double previous = first;
        int end = block;
        while (end + block <= length) {
            double m = scl.median(end, end + block);
            if (Double.isFinite(m)) {
                if (m - previous < DRIFT_FLOORS * floor(m)) {
                    break;
                }
                previous = m;
            }
            end += block;
        }
        return end > block && previous - first >= MIN_DRIFT_FLOORS * floor(previous) ? end / rateHz : 0;
    }

    private double floor(double median) {
        return Math.max(level.floorAbsolute(), level.floorRelative() * Math.abs(median));
    }
}
