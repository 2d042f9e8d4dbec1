package org.lacrima.core.eda;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SignalQualityAssessor;
import org.lacrima.core.signal.BlockAverager;
import org.lacrima.core.signal.MovingAverage;
import org.lacrima.core.signal.NoiseEstimate;
import org.lacrima.core.signal.TimeGrid;
import org.lacrima.core.signal.WorkingSignal;

/**
 * The EDA decomposition of a live channel kept from block to block: each raw sample is block-averaged to the
 * working rate, low-passed, opened and deconvolved once, as it arrives, instead of the whole look-back window being
 * decomposed again for every block. Every filter runs from the channel's first sample with the running sums and
 * extrema of the whole-signal {@link EdaDecomposition}, and a value is kept only once all the samples its window
 * reaches have arrived, so the kept values are those of the whole channel, bit for bit. A block then looks for SCRs
 * in the kept driver over its span and rate window ({@link #SCR_MARGIN_SEC} s more before it), and judges the
 * channel's quality over that stretch only.
 *
 * <p>Holds about two minutes of working-rate values before the newest block. Not thread-safe: one feeder at a time.
 */
public final class EdaStream {
    /**
     * Seconds before the earliest SCR onset a block counts (half the rate window before the block) from which SCRs are
     * looked for: a driver pulse's foot, its pre-onset level (1.5 s) and the rises merged into it lie within it.
     */
    public static final double SCR_MARGIN_SEC = 10;
    /**
     * Seconds behind the newest sample that raw samples are fed: movement is known a 1-s accelerometer window after
     * it happens and masks the EDA from 1 s before it, so a sample this old is blanked (or not) for good.
     */
    public static final double FEED_LAG_SEC = 2;
    /** Working-rate values kept before the earliest one a block reads, seconds. */
    private static final double KEEP_SEC = 60;

    private final EdaConfig config;
    private final EdaAnalyzer analyzer;
    private final SignalQualityAssessor assessor = new SignalQualityAssessor();
    private int factor;
    private double rawRateHz = Double.NaN;
    private double rateHz;
    /** Lattice index of the next raw sample to feed (block-averaging boundaries are multiples of the factor). */
    private long nextRaw = Long.MIN_VALUE;
    /** Time of working sample 0, seconds, and its index on the working-rate lattice. */
    private double startSec;
    private long latticeFirst;
    private final Track means = new Track();
    private final Track working = new Track();
    private final Track missing = new Track();
    /** Index after the last finite block mean: a trailing dropout is filled once the signal is back. */
    private int filledTo;
    private Boxcar[] lowPasses;
    private Extremum floor;
    private Extremum opening;
    private Boxcar tonicSmoothing;
    private final Track driver = new Track();
    private double tauSamples;
    private double[] noiseGains;
    /** Noise estimates of the complete lattice blocks, by block number. */
    private final TreeMap<Long, Double> blockSd = new TreeMap<>();

    /** @param config the EDA settings (working rate, low-pass, tonic window, decay time, SCR threshold) */
    public EdaStream(EdaConfig config) {
        this.config = config;
        this.analyzer = new EdaAnalyzer(config);
    }

    /**
     * Seconds after a block that its values need: an SCR counted at the far edge of the centred rate window, its
     * rise, the low-pass's and the deconvolution's reach, the next pulse that may cut it, and the feed's lag.
     */
    public double lookAheadSec() {
        double lowPassReach = (3 * (MovingAverage.widthForCutoff(config.workingRateHz(), config.lowPassHz()) / 2) + 1)
                / config.workingRateHz();
        return config.rateWindowSec() / 2 + ScrDetector.MAX_RISE_SEC + lowPassReach + 1 + FEED_LAG_SEC;
    }

    /** Seconds before a block that it reads: half the rate window and {@link #SCR_MARGIN_SEC}. */
    public double lookBackSec() {
        return config.rateWindowSec() / 2 + SCR_MARGIN_SEC;
    }

    /** Seconds up to which raw samples have been fed (minus infinity before any). */
    public double fedUntilSec() {
        return nextRaw == Long.MIN_VALUE ? Double.NEGATIVE_INFINITY : nextRaw / rawRateHz;
    }

    /**
     * Feeds the samples of {@code recent} not fed yet that lie before {@code untilSec} (whole working-rate blocks
     * only), with {@code NaN} inside {@code blank} (movement), and advances every filter as far as its window is
     * complete.
     *
     * @param recent   the raw channel from at most the first sample not fed yet (regular, µS)
     * @param untilSec feed no sample at or after this time, seconds
     * @param blank    stretches whose samples are replaced by {@code NaN} before averaging (movement)
     */
    public void feed(Channel recent, double untilSec, List<BadInterval> blank) {
        if (recent.length() == 0) {
            return;
        }
        double rate = recent.rateHz();
        long first = Math.round(recent.startOffsetSec() * rate);
        if (nextRaw == Long.MIN_VALUE) {
            start(recent, first);
        }
        long end = Math.floorDiv(Math.min(first + recent.length(), (long) Math.ceil(untilSec * rate - 1e-9)), factor)
                * factor;
        if (end <= nextRaw) {
            return;
        }
        if (nextRaw < first) {
            throw new IllegalArgumentException("EDA samples from " + nextRaw / rate + " s missing from the stream");
        }
        double[] raw = recent.values().slice((int) (nextRaw - first), (int) (end - first)).toArray();
        double rawStartSec = recent.timeOfSec((int) (nextRaw - first));
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
        advanceFilters();
    }

    /**
     * The EDA result of a block: the quality mask of {@code window} (the raw channel over the block's span with
     * {@link #lookBackSec()} before and the look-ahead after) with {@code extraBad}, the SCRs found in the kept
     * decomposition over the window, and SCL, SCR rate and amplitude at the grid points of {@code [fromSec, toSec)},
     * as {@link EdaAnalyzer#analyze(Channel, List)} of the whole channel gives them.
     */
    public EdaResult analyze(Channel window, List<BadInterval> extraBad, double fromSec, double toSec) {
        QualityMask mask = assessor.assess(window).with(extraBad);
        List<String> warnings = analyzer.warnings(window, mask);
        if (mask.unusable() || nextRaw == Long.MIN_VALUE) {
            return analyzer.analyze(window, extraBad);
        }
        return analyzer.result(window, mask, warnings, decomposition(mask.startSec()),
                TimeGrid.covering(fromSec, toSec, config.gridRateHz()));
    }

    private void start(Channel recent, long first) {
        rawRateHz = recent.rateHz();
        factor = BlockAverager.factorFor(rawRateHz, config.workingRateHz());
        int skip = (int) Math.floorMod(-first, (long) factor);
        nextRaw = first + skip;
        rateHz = rawRateHz / factor;
        startSec = recent.startOffsetSec() + (skip + (factor - 1) / 2.0) / rawRateHz;
        latticeFirst = (long) Math.floor(startSec * rateHz + 1e-6);
        int width = MovingAverage.widthForCutoff(rateHz, config.lowPassHz());
        lowPasses = new Boxcar[] {new Boxcar(working, width / 2), null, null};
        lowPasses[1] = new Boxcar(lowPasses[0].out, width / 2);
        lowPasses[2] = new Boxcar(lowPasses[1].out, width / 2);
        int half = Math.max(1, (int) Math.round(config.tonicWindowSec() * rateHz / 2));
        floor = new Extremum(lowPasses[2].out, half, true);
        opening = new Extremum(floor.out, half, false);
        tonicSmoothing = new Boxcar(opening.out, (half | 1) / 2);
        tauSamples = config.decayTauSec() * rateHz;
        noiseGains = EdaDecomposition.noiseGains(width, tauSamples);
    }

    /** Fills the dropout before the newest block mean, as {@link org.lacrima.core.signal.GapFiller} does. */
    private void fill() {
        int newest = means.end() - 1;
        double v = means.get(newest);
        if (Double.isNaN(v)) {
            return;
        }
        int last = filledTo - 1;
        for (int k = filledTo; k < newest; k++) {
            double f = (k - last) / (double) (newest - last);
            working.add(last >= 0 ? working.get(last) + f * (v - working.get(last)) : v);
        }
        working.add(v);
        filledTo = newest + 1;
    }

    private void advanceFilters() {
        for (Boxcar pass : lowPasses) {
            pass.advance();
        }
        floor.advance();
        opening.advance();
        tonicSmoothing.advance();
        Track low = lowPasses[2].out;
        // x + tau dx/dt with a central difference, once the next low-passed value is kept
        for (int i = driver.end(); i + 1 < low.end(); i++) {
            int lo = Math.max(0, i - 1);
            double slope = (low.get(i + 1) - low.get(lo)) / (i + 1 - lo);
            driver.add(low.get(i) + tauSamples * slope);
        }
        int keepFrom = Math.max(0, tonicSmoothing.out.end() - (int) Math.round(KEEP_SEC * rateHz)
                - (int) Math.round(lookBackSec() * rateHz) - 2 * floor.half);
        for (Track t : new Track[] {means, working, missing, driver}) {
            t.discardBefore(keepFrom);
        }
        for (Boxcar b : lowPasses) {
            b.discardBefore(keepFrom);
        }
        tonicSmoothing.discardBefore(keepFrom);
        floor.out.discardBefore(keepFrom);
        opening.out.discardBefore(keepFrom);
    }

    /** The kept decomposition from {@code fromSec} on (the tonic level as far as it is kept). */
    private EdaDecomposition decomposition(double fromSec) {
        Track lowTrack = lowPasses[2].out;
        int from = (int) Math.min(driver.end(), Math.max(Math.max(0, driver.start()),
                Math.ceil((fromSec - startSec) * rateHz - 1e-9)));
        int to = driver.end();
        double[] low = lowTrack.copy(from, to);
        int tonicTo = Math.max(from, Math.min(to, tonicSmoothing.out.end()));
        double[] tonic = new double[tonicTo - from];
        double[] phasic = new double[tonic.length];
        for (int i = 0; i < tonic.length; i++) {
            tonic[i] = Math.min(tonicSmoothing.out.get(from + i), low[i]);
            phasic[i] = low[i] - tonic[i];
        }
        double[] noise = noise(from, to);
        double[] driverNoise = new double[noise.length];
        for (int i = 0; i < noise.length; i++) {
            driverNoise[i] = noise[i] * noiseGains[1];
            noise[i] *= noiseGains[0];
        }
        boolean[] gaps = new boolean[to - from];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = missing.get(from + i) != 0;
        }
        WorkingSignal signal = new WorkingSignal(startSec + from / rateHz, rateHz, working.copy(from, to), gaps);
        return new EdaDecomposition(signal, low, tonic, phasic, driver.copy(from, to), noise, driverNoise);
    }

    /**
     * The noise of working samples {@code [from, to)}: the blocks of {@link EdaDecomposition#NOISE_BLOCK_SEC} s
     * on the lattice, each estimated once it is complete, the newest from the samples it has so far.
     */
    private double[] noise(int from, int to) {
        int block = (int) Math.round(EdaDecomposition.NOISE_BLOCK_SEC * rateHz);
        double[] out = new double[to - from];
        int i = from;
        blockSd.headMap(Math.floorDiv(latticeFirst + from, (long) block)).clear();
        while (i < to) {
            long b = Math.floorDiv(latticeFirst + i, (long) block);
            int blockFrom = (int) (b * block - latticeFirst);
            int blockTo = blockFrom + block;
            // complete: its second differences (the sample before and after it) are all there
            if (blockFrom < 1 || blockFrom - 1 < working.start() || blockTo >= working.end()) {
                break;
            }
            // the one-sample block in front of it borrows its estimate
            double sd = blockSd.computeIfAbsent(b, k -> NoiseEstimate.whiteNoiseSdByBlock(
                    working.copy(blockFrom - 1, blockTo + 1), block, latticeFirst + blockFrom - 1)[1]);
            Arrays.fill(out, i - from, Math.min(blockTo, to) - from, sd);
            i = Math.min(blockTo, to);
        }
        if (i < to) {
            // the newest block, or the first when the channel starts inside one: from the sample before the block
            // in front of the one holding `i` (whose estimate a newest block too short for its own borrows), or from
            // the channel's first sample, as the whole-signal estimate does
            long blockStart = Math.floorDiv(latticeFirst + i, (long) block) * block - latticeFirst;
            int start = (int) Math.max(working.start(), Math.max(0, blockStart - block - 1));
            double[] sd = NoiseEstimate.whiteNoiseSdByBlock(working.copy(start, working.end()), block,
                    latticeFirst + start);
            System.arraycopy(sd, i - start, out, i - from, to - i);
        }
        return out;
    }

    /** A growing run of values indexed from the stream's first, of which the oldest may be dropped. */
    private static final class Track {
        private double[] values = new double[1024];
        private int base;
        private int end;

        void add(double v) {
            if (end - base == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[end++ - base] = v;
        }

        double get(int i) {
            return values[i - base];
        }

        int start() {
            return base;
        }

        int end() {
            return end;
        }

        double[] copy(int from, int to) {
            return Arrays.copyOfRange(values, from - base, to - base);
        }

        /** Drops the values before {@code index} once they fill half the array (so dropping costs O(1) per value). */
        void discardBefore(int index) {
            int drop = Math.min(index, end) - base;
            if (drop > values.length / 2) {
                System.arraycopy(values, drop, values, 0, end - base - drop);
                base += drop;
            }
        }
    }

    /**
     * One pass of {@link MovingAverage#centered}: the running sum from the first sample, and a mean kept once its
     * whole window has arrived.
     */
    private static final class Boxcar {
        private final Track in;
        private final int half;
        private final Track prefix = new Track();
        final Track out = new Track();

        Boxcar(Track in, int half) {
            this.in = in;
            this.half = half;
            prefix.add(0);
        }

        void advance() {
            for (int k = prefix.end() - 1; k < in.end(); k++) {
                prefix.add(prefix.get(k) + in.get(k));
            }
            for (int i = out.end(); i + half + 1 <= in.end(); i++) {
                int lo = Math.max(0, i - half);
                int hi = i + half + 1;
                out.add((prefix.get(hi) - prefix.get(lo)) / (hi - lo));
            }
        }

        void discardBefore(int index) {
            prefix.discardBefore(index - half - 1);
            out.discardBefore(index);
        }
    }

    /** The sliding minimum or maximum of {@link org.lacrima.core.signal.SlidingExtremum}, kept once its window has arrived. */
    private static final class Extremum {
        private final Track in;
        private final int half;
        private final boolean minimum;
        private int[] deque = new int[256];
        private int head;
        private int tail;
        private int next;
        final Track out = new Track();

        Extremum(Track in, int half, boolean minimum) {
            this.in = in;
            this.half = half;
            this.minimum = minimum;
        }

        void advance() {
            for (int i = out.end(); i + half < in.end(); i++) {
                while (next <= i + half) {
                    double v = in.get(next);
                    while (tail > head && (minimum ? in.get(deque[tail - 1]) >= v : in.get(deque[tail - 1]) <= v)) {
                        tail--;
                    }
                    push(next++);
                }
                while (deque[head] < i - half) {
                    head++;
                }
                out.add(in.get(deque[head]));
            }
        }

        private void push(int index) {
            if (tail == deque.length) {
                if (head > deque.length / 2) {
                    System.arraycopy(deque, head, deque, 0, tail - head);
                    tail -= head;
                    head = 0;
                } else {
                    deque = Arrays.copyOf(deque, deque.length * 2);
                }
            }
            deque[tail++] = index;
        }
    }
}
