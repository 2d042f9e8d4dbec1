package org.lacrima.core.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;

/**
 * What a {@link Stage} works within for one block: the raw window (the block's span plus context
 * before and after it, one channel per analysed type), the analysis grid of the block, the
 * accelerometer's moving stretches in the window, the quality warnings collected so far, and what
 * earlier stages of the same block found that later ones use (breath onsets for RSA).
 */
final class StageContext {
    private final Map<ChannelType, Channel> window;
    private final List<BadInterval> moving;
    private final IndexBlock block;
    private final double rateHz;
    private final double fromSec;
    private final double toSec;
    private final Collection<String> warnings;
    private Samples breathOnsetsSec = Samples.empty();

    /**
     * @param window   raw channels of the window, by type
     * @param moving   the accelerometer's moving stretches in the window, unwidened (empty without one)
     * @param block    the grid points to fill and the markers found in them
     * @param rateHz   rate of the analysis grid, hertz
     * @param fromSec  start of the block's own span, seconds from the recording start
     * @param toSec    end of the block's own span (exclusive)
     * @param warnings where stage and quality warnings go (without repeats)
     */
    StageContext(Map<ChannelType, Channel> window, List<BadInterval> moving, IndexBlock block, double rateHz,
                 double fromSec, double toSec, Collection<String> warnings) {
        this.window = window;
        this.moving = moving;
        this.block = block;
        this.rateHz = rateHz;
        this.fromSec = fromSec;
        this.toSec = toSec;
        this.warnings = warnings;
    }

    /** The window's channel of {@code type} when it holds samples, else {@code null}. */
    Channel channel(ChannelType type) {
        Channel c = window.get(type);
        return c == null || c.length() == 0 ? null : c;
    }

    /** The window's channel of {@code type}, possibly empty, or {@code null} when the session has none. */
    Channel anyChannel(ChannelType type) {
        return window.get(type);
    }

    /** The accelerometer's moving stretches in the window, unwidened; empty without an accelerometer. */
    List<BadInterval> moving() {
        return moving;
    }

    /** The block being filled. */
    IndexBlock block() {
        return block;
    }

    /** Start of the block's own span, seconds. */
    double fromSec() {
        return fromSec;
    }

    /** End of the block's own span (exclusive), seconds. */
    double toSec() {
        return toSec;
    }

    /** Whether {@code sec} lies in the block's own span, where its markers are kept. */
    boolean inBlock(double sec) {
        return sec >= fromSec && sec < toSec;
    }

    /** Adds stage warnings (repeats are dropped). */
    void warn(Collection<String> lines) {
        warnings.addAll(lines);
    }

    /** Warning lines for the bad stretches that start in the block, so each is reported by one block. */
    void warnAbout(List<BadInterval> bad) {
        bad.stream().filter(b -> inBlock(b.startSec())).map(BadInterval::describe).forEach(warnings::add);
    }

    /** Puts a stage's grid series onto the block's grid points as {@code index} (nearest point; the grids are aligned). */
    void put(Index index, RegularSeries series) {
        double[] out = block.row(index);
        for (int i = 0; i < out.length; i++) {
            long j = Math.round((block.timeSec(i, rateHz) - series.startSec()) * series.rateHz());
            if (j >= 0 && j < series.length()) {
                out[i] = series.values().get((int) j);
            }
        }
    }

    /** Rate of the analysis grid, hertz. */
    double rateHz() {
        return rateHz;
    }

    /** Breath onsets in the window, seconds, once the respiration stage has run (empty without respiration). */
    Samples breathOnsetsSec() {
        return breathOnsetsSec;
    }

    void breathOnsetsSec(Samples onsets) {
        this.breathOnsetsSec = onsets;
    }
}
