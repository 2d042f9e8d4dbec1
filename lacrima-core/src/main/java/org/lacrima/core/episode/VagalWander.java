package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.grid.GridStatistics;

/**
 * How much P wanders by itself in this session so far, in its own z units: the median, over the quiet 3-minute blocks
 * seen so far (no candidate or episode open in them), of P's robust spread within the block (MAD as SD). The RSA index
 * moves with every breath's volume and length (Hirsch &amp; Bishop 1981; Grossman &amp; Taylor 2007): two or three
 * deep or long breaths in a 30-s window lift it as much as a vagal rebound does. On real resting recordings it wanders
 * about 0.14-0.42 ln(ms²) in 3 minutes, around and above the 0.25 floor of P's spread, so a held rebound of one
 * baseline spread is met by chance at about half of all calm moments there (MIT-BIH 100: 0.47), and at none on a
 * simulator whose breaths are regular (docs/DETECTOR-HISTORY.md, fourteenth session). The baseline's 3 minutes alone
 * are too short to say how much P wanders (the chance rebound's 90th percentile came out at 1.7 to 5.4 times their
 * spread); the session's quiet blocks say it better. Only data seen so far counts, so a file and a live stream give
 * the same value at every point.
 */
final class VagalWander {
    /** Length of a block, seconds: the baseline's length, over which the spread is measured. */
    static final double BLOCK_SEC = 180;
    /** Share of a block's points where P must be measured for its spread to count. */
    private static final double MIN_MEASURED = 0.5;

    private final int blockSamples;
    private final double[] block;
    private int filled;
    private int measured;
    private boolean quiet = true;
    private final List<Double> spreads = new ArrayList<>();

    /** @param blockSamples grid points in a block */
    VagalWander(int blockSamples) {
        this.blockSamples = blockSamples;
        this.block = new double[blockSamples];
    }

    /**
     * Adds P at the next grid point; {@code quietHere} says whether no candidate or episode is open there (a block with
     * one in it measures the episode, not the wander).
     */
    void add(double p, boolean quietHere) {
        if (Double.isFinite(p)) {
            block[measured++] = p;
        }
        quiet &= quietHere;
        if (++filled == blockSamples) {
            if (quiet && measured >= MIN_MEASURED * blockSamples) {
                spreads.add(GridStatistics.MAD_TO_SD * GridStatistics.mad(block, 0, measured));
            }
            filled = 0;
            measured = 0;
            quiet = true;
        }
    }

    /** The median of the quiet blocks' spreads so far (z), {@code NaN} before the first. */
    double wander() {
        if (spreads.isEmpty()) {
            return Double.NaN;
        }
        double[] all = spreads.stream().mapToDouble(Double::doubleValue).toArray();
        return GridStatistics.median(all, 0, all.length);
    }
}
