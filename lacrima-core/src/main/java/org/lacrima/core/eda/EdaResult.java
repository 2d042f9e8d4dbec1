package org.lacrima.core.eda;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.quality.QualityMask;

/**
 * What the EDA stage found in one channel. Series are {@code NaN} inside bad stretches; SCRs that
 * touch a bad stretch are dropped; each bad stretch is listed in {@code warnings}.
 *
 * @param channel      label of the analysed channel
 * @param scrs         skin conductance responses, in time order
 * @param tonic        "edaTonic": tonic level at the working rate, channel unit (µS)
 * @param phasic       "edaPhasic": phasic component at the working rate, channel unit (µS)
 * @param scl          "scl": skin conductance level (tonic) on the grid, channel unit (µS)
 * @param scrRate      "scrRate": SCRs per minute on the grid
 * @param scrAmplitude "scrAmplitude": mean SCR amplitude on the grid, channel unit (µS)
 * @param quality      the channel's quality mask (including motion when an accelerometer was given)
 * @param warnings     human-readable limitations, one line each
 */
public record EdaResult(String channel, List<Scr> scrs, RegularSeries tonic, RegularSeries phasic, RegularSeries scl,
                        RegularSeries scrRate, RegularSeries scrAmplitude, QualityMask quality, List<String> warnings) {
    public EdaResult {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(quality, "quality");
        scrs = List.copyOf(scrs);
        warnings = List.copyOf(warnings);
    }

    /** The grid series other stages combine: scl, scrRate, scrAmplitude. */
    public List<RegularSeries> gridSeries() {
        return List.of(scl, scrRate, scrAmplitude);
    }
}
