package org.lacrima.core.signal;

import org.lacrima.core.model.Channel;

/**
 * A regular channel brought to a working rate for a slow signal, with dropouts filled.
 *
 * <p>Slow signals (EDA, respiration) carry nothing above a few hertz, so processing them at
 * 1000 Hz wastes time: block averaging by an integer factor brings them near {@code targetHz}
 * before any filter runs. The arrays are owned by this object; callers must not modify them.
 *
 * @param startSec time of {@code values[0]} (centre of the first block), seconds from the recording start
 * @param rateHz   working rate in hertz
 * @param values   block means with {@code NaN} runs linearly filled
 * @param missing  {@code true} where the block was all {@code NaN} before filling
 */
public record WorkingSignal(double startSec, double rateHz, double[] values, boolean[] missing) {

    /**
     * Block-averages a regular channel to the highest rate not below {@code targetHz} reachable by an
     * integer factor. Blocks are aligned to the recording's sample lattice (block boundaries at sample
     * numbers that are multiples of the factor, counted from the recording start), dropping up to
     * {@code factor - 1} leading samples, so a window cut out of a channel anywhere is averaged exactly as
     * the whole channel is.
     */
    public static WorkingSignal of(Channel channel, double targetHz) {
        if (!channel.isRegular()) {
            throw new IllegalArgumentException("channel " + channel.label() + " is not regularly sampled");
        }
        int factor = BlockAverager.factorFor(channel.rateHz(), targetHz);
        double[] raw = channel.values().toArray();
        long firstSample = Math.round(channel.startOffsetSec() * channel.rateHz());
        int skip = (int) Math.min(raw.length, Math.floorMod(-firstSample, (long) factor));
        double[] blocks = BlockAverager.average(raw, skip, raw.length, factor);
        boolean[] missing = new boolean[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            missing[i] = Double.isNaN(blocks[i]);
        }
        double rate = channel.rateHz() / factor;
        double start = channel.startOffsetSec() + (skip + (factor - 1) / 2.0) / channel.rateHz();
        return new WorkingSignal(start, rate, GapFiller.fillLinear(blocks), missing);
    }

    /** Index of {@code values[0]} on the working-rate lattice counted from the recording start. */
    public long latticeIndex() {
        return (long) Math.floor(startSec * rateHz + 1e-6);
    }

    /** Number of samples. */
    public int length() {
        return values.length;
    }

    /** Time of sample {@code i}, seconds from the recording start. */
    public double timeOfSec(int i) {
        return startSec + i / rateHz;
    }

    /** Linear interpolation of {@code series} (same grid as this signal) at {@code timeSec}, clamped at the ends. */
    public double interpolate(double[] series, double timeSec) {
        double pos = (timeSec - startSec) * rateHz;
        if (series.length == 0) {
            return Double.NaN;
        }
        if (pos <= 0) {
            return series[0];
        }
        int i = (int) pos;
        if (i >= series.length - 1) {
            return series[series.length - 1];
        }
        double f = pos - i;
        return series[i] + f * (series[i + 1] - series[i]);
    }
}
