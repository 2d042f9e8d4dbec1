package org.lacrima.core.signal;

import java.util.Arrays;
import java.util.List;

import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;

/**
 * {@link WorkingSignal#of} for a live channel: raw samples, as they arrive, block-averaged on the recording's sample
 * lattice to the working rate, dropouts filled linearly once the signal is back ({@link GapFiller}), so the working
 * values are those of the whole channel.
 */
public final class WorkingFeed {
    private final double targetHz;
    private int factor;
    private double rawRateHz = Double.NaN;
    private double rateHz = Double.NaN;
    /** Lattice index of the next raw sample to feed (block-averaging boundaries are multiples of the factor). */
    private long nextRaw = Long.MIN_VALUE;
    private double startSec;
    private final GrowingSeries means = new GrowingSeries();
    private final GrowingSeries values = new GrowingSeries();
    private final GrowingSeries missing = new GrowingSeries();
    /** Index after the last finite block mean: a trailing dropout is filled once the signal is back. */
    private int filledTo;

    /** @param targetHz the working rate aimed at, hertz (reached by an integer factor, as {@link WorkingSignal#of}) */
    public WorkingFeed(double targetHz) {
        this.targetHz = targetHz;
    }

    /** Whether any sample has been fed. */
    public boolean started() {
        return nextRaw != Long.MIN_VALUE;
    }

    /** Seconds up to which raw samples have been fed (minus infinity before any). */
    public double fedUntilSec() {
        return started() ? nextRaw / rawRateHz : Double.NEGATIVE_INFINITY;
    }

    /** The working rate, hertz ({@code NaN} before any sample). */
    public double rateHz() {
        return rateHz;
    }

    /** Time of working sample 0, seconds from the recording start. */
    public double startSec() {
        return startSec;
    }

    /** Index of working sample 0 on the working-rate lattice counted from the recording start. */
    public long latticeIndex() {
        return (long) Math.floor(startSec * rateHz + 1e-6);
    }

    /** The filled working values (up to the last finite block mean). */
    public GrowingSeries values() {
        return values;
    }

    /** Block means fed so far, {@code NaN} where a block was all missing. */
    public GrowingSeries means() {
        return means;
    }

    /**
     * Feeds the samples of {@code recent} not fed yet that lie before {@code untilSec} (whole working-rate blocks
     * only), with {@code NaN} inside {@code blank}. Samples between the last fed and {@code recent}'s first (no longer
     * held) count as missing.
     *
     * @param recent   the raw channel (regular), from the first sample not fed yet or earlier, or later after a gap
     * @param untilSec feed no sample at or after this time, seconds
     * @param blank    stretches whose samples are replaced by {@code NaN} before averaging (e.g. movement)
     */
    public void feed(Channel recent, double untilSec, List<BadInterval> blank) {
        if (recent.length() == 0) {
            return;
        }
        double rate = recent.rateHz();
        long first = Math.round(recent.startOffsetSec() * rate);
        if (!started()) {
            rawRateHz = rate;
            factor = BlockAverager.factorFor(rate, targetHz);
            int skip = (int) Math.floorMod(-first, (long) factor);
            nextRaw = first + skip;
            rateHz = rate / factor;
            startSec = recent.startOffsetSec() + (skip + (factor - 1) / 2.0) / rate;
        }
        long end = Math.floorDiv(Math.min(first + recent.length(), (long) Math.ceil(untilSec * rate - 1e-9)), factor)
                * factor;
        if (end <= nextRaw) {
            return;
        }
        if (nextRaw < first) {
            // the samples before these are no longer held (a channel silent for longer than the live view waited, back
            // with what it owed from later on): a dropout, filled once the signal is back as the whole signal's are
            long lost = Math.min(first, end) - nextRaw;
            for (long b = 0; b < lost / factor; b++) {
                means.add(Double.NaN);
                missing.add(1);
            }
            nextRaw += lost / factor * factor;
            if (end <= nextRaw) {
                return;
            }
        }
        double[] raw = new double[(int) (end - nextRaw)];
        int lead = (int) Math.max(0, first - nextRaw);
        Arrays.fill(raw, 0, lead, Double.NaN);
        recent.values().slice((int) (nextRaw + lead - first), (int) (end - first)).copyInto(raw, lead);
        double rawStartSec = recent.startOffsetSec() + (nextRaw - first) / rate;
        for (BadInterval b : blank) {
            int from = (int) Math.max(0, Math.ceil((b.startSec() - rawStartSec) * rate));
            int to = (int) Math.min(raw.length, Math.ceil((b.endSec() - rawStartSec) * rate));
            if (to > from) {
                Arrays.fill(raw, from, to, Double.NaN);
            }
        }
        nextRaw = end;
        for (double m : BlockAverager.average(raw, 0, raw.length, factor)) {
            means.add(m);
            missing.add(Double.isNaN(m) ? 1 : 0);
            fill();
        }
    }

    /** The working values after the filled ones, as the whole-signal filling ends a trailing dropout: the last value. */
    public double[] provisionalTail() {
        double[] tail = new double[means.end() - values.end()];
        Arrays.fill(tail, values.end() == 0 ? 0 : values.get(values.end() - 1));
        return tail;
    }

    /** The working signal {@code [from, to)} (filled values; {@code to} at most {@code values().end()}). */
    public WorkingSignal slice(int from, int to) {
        boolean[] gaps = new boolean[to - from];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = missing.get(from + i) != 0;
        }
        return new WorkingSignal(startSec + from / rateHz, rateHz, values.copy(from, to), gaps);
    }

    /** Drops the values before working sample {@code index}. */
    public void discardBefore(int index) {
        means.discardBefore(index);
        values.discardBefore(index);
        missing.discardBefore(index);
    }

    private void fill() {
        int newest = means.end() - 1;
        double v = means.get(newest);
        if (Double.isNaN(v)) {
            return;
        }
        int last = filledTo - 1;
        for (int k = filledTo; k < newest; k++) {
            double f = (k - last) / (double) (newest - last);
            values.add(last >= 0 ? values.get(last) + f * (v - values.get(last)) : v);
        }
        values.add(v);
        filledTo = newest + 1;
    }
}
