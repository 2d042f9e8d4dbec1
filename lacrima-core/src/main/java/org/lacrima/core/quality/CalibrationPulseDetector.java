package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;

/**
 * Finds stretches of a calibration signal: the square pulses (typically ±0.5 or 1 mV at 1–2 Hz)
 * that Holter recorders and ECG amplifiers write before, or between, the patient signal. A beat
 * detector finds a "beat" on every edge and a beat-based quality score rates them perfect, so such
 * stretches must be marked unusable before either runs.
 *
 * <p>The channel is judged in 2-second blocks on the recording's sample lattice (so a window cut
 * out of the channel anywhere is judged as the whole channel is). A block is square-like when its
 * samples sit on two levels: at least a fifth of them within 15 % of the block's range from its
 * minimum, at least a fifth within 15 % from its maximum, and together at least 90 % (flat tops,
 * near-vertical edges; an ECG spends almost no time near its R-peak level, a sine a third of its
 * time between the levels). A run of at least two square-like blocks is calibration when its
 * rising edges (from the low band to the high band within three samples) repeat exactly: at least three of them, no interval differing from
 * another by more than 2 % of their mean or 1.5 samples (a heart is never that regular). The run
 * is then extended, sample by sample, into the blocks that straddle its start and end for as long
 * as the signal stays on one of its two levels (edges of up to three samples allowed).
 */
public final class CalibrationPulseDetector {
    private static final double BLOCK_SEC = 2;
    private static final double LEVEL_BAND = 0.15;
    private static final double MIN_LEVEL_SHARE = 0.2;
    private static final double MIN_TWO_LEVEL_SHARE = 0.9;
    private static final double PERIOD_TOLERANCE = 0.02;
    private static final double PERIOD_TOLERANCE_SAMPLES = 1.5;
    private static final int MIN_CROSSINGS = 3;
    private static final int MAX_EDGE_SAMPLES = 3;

    /** Calibration stretches of a regular channel, in time order; none for an irregular or short one. */
    public List<BadInterval> detect(Channel channel) {
        List<BadInterval> out = new ArrayList<>();
        if (!channel.isRegular() || channel.length() == 0) {
            return out;
        }
        double rate = channel.rateHz();
        int block = Math.max(8, (int) Math.round(BLOCK_SEC * rate));
        long firstSample = Math.round(channel.startOffsetSec() * rate);
        int skip = (int) Math.floorMod(-firstSample, (long) block);
        // one block at a time, with the sample before it in front: no copy of the whole channel
        double[] x = new double[block + 1];
        double[] levels = new double[2];
        List<Double> crossings = new ArrayList<>();
        int runFrom = -1;
        int runBlocks = 0;
        for (int from = skip; from + block <= channel.length(); from += block) {
            x[0] = from > 0 ? channel.values().get(from - 1) : Double.NaN;
            channel.values().slice(from, from + block).copyInto(x, 1);
            if (squareLike(x, from - 1, runFrom < 0, crossings, levels)) {
                if (runFrom < 0) {
                    runFrom = from;
                }
                runBlocks++;
                continue;
            }
            closeRun(channel, runFrom, runBlocks, block, crossings, levels, out);
            runFrom = -1;
            runBlocks = 0;
            crossings.clear();
        }
        closeRun(channel, runFrom, runBlocks, block, crossings, levels, out);
        return out;
    }

    private static void closeRun(Channel channel, int runFrom, int runBlocks, int block, List<Double> crossings,
                                 double[] levels, List<BadInterval> out) {
        if (runFrom < 0 || runBlocks < 2 || !periodic(crossings)) {
            return;
        }
        int first = extend(channel, runFrom - 1, -1, levels);
        int end = extend(channel, runFrom + runBlocks * block, 1, levels);
        double to = end >= channel.length() ? channel.endSec() : channel.timeOfSec(end);
        out.add(new BadInterval(channel.label(), channel.timeOfSec(first), to, QualityIssue.CALIBRATION));
    }

    /**
     * From sample {@code from} in direction {@code step}, the first sample not to be covered by the
     * calibration: past the last sample on one of the two {@code levels} before more than
     * {@value #MAX_EDGE_SAMPLES} samples in a row off both (or the channel's end). Returns an
     * exclusive end going forward, an inclusive start going backward.
     */
    private static int extend(Channel channel, int from, int step, double[] levels) {
        double band = LEVEL_BAND * (levels[1] - levels[0]);
        int lastOn = from - step;
        int off = 0;
        for (int i = from; i >= 0 && i < channel.length() && off <= MAX_EDGE_SAMPLES; i += step) {
            double v = channel.values().get(i);
            if (Math.abs(v - levels[0]) <= band || Math.abs(v - levels[1]) <= band) {
                lastOn = i;
                off = 0;
            } else {
                off++;
            }
        }
        return step > 0 ? lastOn + 1 : lastOn;
    }

    /**
     * Whether the block {@code x[1..]} sits on two levels; if so keeps them in {@code levels} and adds
     * the positions (channel samples, {@code x[1]} being sample {@code offset + 1}) of its rising
     * edges: a sample in the low band followed within {@value #MAX_EDGE_SAMPLES} samples by one in the
     * high band, placed midway. Noise between the levels makes no edge. An edge from the sample before
     * the block counts unless the block {@code starts} a run.
     */
    private static boolean squareLike(double[] x, int offset, boolean starts, List<Double> crossings,
                                      double[] levels) {
        int length = x.length - 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        // comparisons rather than Math.min/max, which C1 (a cold start's only compiler) calls instead of inlining: the
        // values are finite here, and the sign of a zero extreme changes no level, band or edge below
        for (int i = 1; i <= length; i++) {
            double v = x[i];
            if (!Double.isFinite(v)) {
                return false;
            }
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        double range = hi - lo;
        if (!(range > 0)) {
            return false;
        }
        double lowTop = lo + LEVEL_BAND * range;
        double highBottom = hi - LEVEL_BAND * range;
        int low = 0;
        int high = 0;
        int between = 0;
        int maxBetween = (int) ((1 - MIN_TWO_LEVEL_SHARE) * length);
        for (int i = 1; i <= length && between <= maxBetween; i++) {
            if (x[i] <= lowTop) {
                low++;
            } else if (x[i] >= highBottom) {
                high++;
            } else {
                between++; // a physiological signal stops here within a few samples
            }
        }
        if (low < MIN_LEVEL_SHARE * length || high < MIN_LEVEL_SHARE * length
                || low + high < MIN_TWO_LEVEL_SHARE * length) {
            return false;
        }
        levels[0] = lo;
        levels[1] = hi;
        int lastLow = starts || !(x[0] <= lowTop) ? -1 : 0;
        for (int i = 1; i <= length; i++) {
            if (x[i] <= lowTop) {
                lastLow = i;
            } else if (x[i] >= highBottom) {
                if (lastLow >= 0 && i - lastLow <= MAX_EDGE_SAMPLES) {
                    crossings.add(offset + (lastLow + i) / 2.0);
                }
                lastLow = -1;
            }
        }
        return true;
    }

    private static boolean periodic(List<Double> crossings) {
        if (crossings.size() < MIN_CROSSINGS) {
            return false;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < crossings.size(); k++) {
            double d = crossings.get(k) - crossings.get(k - 1);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double mean = (crossings.get(crossings.size() - 1) - crossings.get(0)) / (crossings.size() - 1);
        return max - min <= Math.max(PERIOD_TOLERANCE_SAMPLES, PERIOD_TOLERANCE * mean);
    }
}
