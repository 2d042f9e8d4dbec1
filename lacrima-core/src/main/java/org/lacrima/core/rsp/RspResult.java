package org.lacrima.core.rsp;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.quality.QualityMask;

/**
 * What the respiration stage found in one channel. Series are {@code NaN} inside bad stretches;
 * breaths touching a bad stretch are dropped; each bad stretch is listed in {@code warnings}.
 *
 * @param channel      label of the analysed channel
 * @param breaths      breaths in time order
 * @param rate         "breathingRate": breaths per minute on the grid
 * @param depth        "breathingDepth": mean breath depth on the grid, channel unit
 * @param irregularity "breathingIrregularity": dimensionless irregularity index on the grid (see {@link BreathingSeries})
 * @param quality      the channel's quality mask
 * @param warnings     human-readable limitations, one line each
 */
public record RspResult(String channel, List<Breath> breaths, RegularSeries rate, RegularSeries depth,
                        RegularSeries irregularity, QualityMask quality, List<String> warnings) {
    public RspResult {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(quality, "quality");
        breaths = List.copyOf(breaths);
        warnings = List.copyOf(warnings);
    }

    /** Inspiration onsets, seconds from the recording start (the {@code breathsSec} marker). */
    public double[] onsetsSec() {
        return breaths.stream().mapToDouble(Breath::onsetSec).toArray();
    }

    /** The grid series other stages combine: rate, depth, irregularity. */
    public List<RegularSeries> gridSeries() {
        return List.of(rate, depth, irregularity);
    }
}
