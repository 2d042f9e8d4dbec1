package org.lacrima.core.eda;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SlidingQualityAssessor;
import org.lacrima.core.signal.GrowingSeries;
import org.lacrima.core.signal.MovingAverage;
import org.lacrima.core.signal.NoiseEstimate;
import org.lacrima.core.signal.RunningBoxcar;
import org.lacrima.core.signal.RunningExtremum;
import org.lacrima.core.signal.TimeGrid;
import org.lacrima.core.signal.WorkingFeed;

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
    /** Each block's window overlaps the ones before: its quality is read from chunks summed up once. */
    private final SlidingQualityAssessor assessor = new SlidingQualityAssessor();
    /** The last plausible level, held over a lost contact's samples before they reach the filters. */
    private final ContactLossHold contactLoss = new ContactLossHold();
    private final WorkingFeed working;
    private RunningBoxcar[] lowPasses;
    private RunningExtremum floor;
    private RunningExtremum opening;
    private RunningBoxcar tonicSmoothing;
    private final GrowingSeries driver = new GrowingSeries();
    private double rateHz;
    private double tauSamples;
    private double[] noiseGains;
    /** Noise estimates of the complete lattice blocks, by block number. */
    private final TreeMap<Long, Double> blockSd = new TreeMap<>();

    /** @param config the EDA settings (working rate, low-pass, tonic window, decay time, SCR threshold) */
    public EdaStream(EdaConfig config) {
        this.config = config;
        this.analyzer = new EdaAnalyzer(config);
        this.working = new WorkingFeed(config.workingRateHz());
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
        return working.fedUntilSec();
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
        boolean first = !working.started();
        working.feed(contactLoss.apply(recent), untilSec, blank);
        if (first && working.started()) {
            start();
        }
        if (working.started()) {
            advanceFilters();
        }
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
        if (mask.unusable() || !working.started()) {
            return analyzer.analyze(window, extraBad);
        }
        return analyzer.result(window, mask, warnings, decomposition(mask.startSec()),
                TimeGrid.covering(fromSec, toSec, config.gridRateHz()));
    }

    private void start() {
        rateHz = working.rateHz();
        int width = MovingAverage.widthForCutoff(rateHz, config.lowPassHz());
        lowPasses = new RunningBoxcar[3];
        GrowingSeries in = working.values();
        for (int p = 0; p < lowPasses.length; p++) {
            lowPasses[p] = new RunningBoxcar(in, width / 2);
            in = lowPasses[p].out();
        }
        int half = Math.max(1, (int) Math.round(config.tonicWindowSec() * rateHz / 2));
        floor = new RunningExtremum(in, half, true);
        opening = new RunningExtremum(floor.out(), half, false);
        tonicSmoothing = new RunningBoxcar(opening.out(), (half | 1) / 2);
        tauSamples = config.decayTauSec() * rateHz;
        noiseGains = EdaDecomposition.noiseGains(width, tauSamples);
    }

    private void advanceFilters() {
        for (RunningBoxcar pass : lowPasses) {
            pass.advance();
        }
        floor.advance();
        opening.advance();
        tonicSmoothing.advance();
        GrowingSeries low = lowPasses[2].out();
        // x + tau dx/dt with a central difference, once the next low-passed value is kept
        for (int i = driver.end(); i + 1 < low.end(); i++) {
            int lo = Math.max(0, i - 1);
            double slope = (low.get(i + 1) - low.get(lo)) / (i + 1 - lo);
            driver.add(low.get(i) + tauSamples * slope);
        }
        int keepFrom = Math.max(0, tonicSmoothing.out().end() - (int) Math.round(KEEP_SEC * rateHz)
                - (int) Math.round(lookBackSec() * rateHz) - 2 * floor.half());
        working.discardBefore(keepFrom);
        driver.discardBefore(keepFrom);
        for (RunningBoxcar b : lowPasses) {
            b.discardBefore(keepFrom);
        }
        tonicSmoothing.discardBefore(keepFrom);
        floor.out().discardBefore(keepFrom);
        opening.out().discardBefore(keepFrom);
    }

    /** The kept decomposition from {@code fromSec} on (the tonic level as far as it is kept). */
    private EdaDecomposition decomposition(double fromSec) {
        GrowingSeries lowTrack = lowPasses[2].out();
        int from = (int) Math.min(driver.end(), Math.max(driver.start(),
                Math.ceil((fromSec - working.startSec()) * rateHz - 1e-9)));
        int to = driver.end();
        double[] low = lowTrack.copy(from, to);
        int tonicTo = Math.max(from, Math.min(to, tonicSmoothing.out().end()));
        double[] tonic = new double[tonicTo - from];
        double[] phasic = new double[tonic.length];
        for (int i = 0; i < tonic.length; i++) {
            tonic[i] = Math.min(tonicSmoothing.out().get(from + i), low[i]);
            phasic[i] = low[i] - tonic[i];
        }
        double[] noise = noise(from, to);
        double[] driverNoise = new double[noise.length];
        for (int i = 0; i < noise.length; i++) {
            driverNoise[i] = noise[i] * noiseGains[1];
            noise[i] *= noiseGains[0];
        }
        return new EdaDecomposition(working.slice(from, to), low, tonic, phasic, driver.copy(from, to), noise,
                driverNoise);
    }

    /**
     * The noise of working samples {@code [from, to)}: the blocks of {@link EdaDecomposition#NOISE_BLOCK_SEC} s
     * on the lattice, each estimated once it is complete, the newest from the samples it has so far.
     */
    private double[] noise(int from, int to) {
        int block = (int) Math.round(EdaDecomposition.NOISE_BLOCK_SEC * rateHz);
        double[] out = new double[to - from];
        int i = from;
        blockSd.headMap(Math.floorDiv(working.latticeIndex() + from, (long) block)).clear();
        while (i < to) {
            long b = Math.floorDiv(working.latticeIndex() + i, (long) block);
            int blockFrom = (int) (b * block - working.latticeIndex());
            int blockTo = blockFrom + block;
            // complete: its second differences (the sample before and after it) are all there
            if (blockFrom < 1 || blockFrom - 1 < working.values().start() || blockTo >= working.values().end()) {
                break;
            }
            double sd = blockSd.computeIfAbsent(b, k -> NoiseEstimate.blockSd(
                    working.values().copy(blockFrom - 1, blockTo + 1), 1, block + 1, block, new double[block]));
            Arrays.fill(out, i - from, Math.min(blockTo, to) - from, sd);
            i = Math.min(blockTo, to);
        }
        if (i < to) {
            long b = Math.floorDiv(working.latticeIndex() + i, (long) block);
            int blockFrom = (int) (b * block - working.latticeIndex());
            Double before = blockSd.get(b - 1);
            if (before != null && blockFrom - 1 >= working.values().start()) {
                // the newest block, from the samples it has; too few, and it borrows the estimate of the one before
                double[] x = working.values().copy(blockFrom - 1, working.values().end());
                double sd = NoiseEstimate.blockSd(x, 1, x.length, block, new double[x.length]);
                Arrays.fill(out, i - from, to - from, Double.isNaN(sd) ? before : sd);
                return out;
            }
            // the first block when the channel starts inside one: from the sample before the block
            // in front of the one holding `i` (whose estimate a newest block too short for its own borrows), or from
            // the channel's first sample, as the whole-signal estimate does
            long blockStart = Math.floorDiv(working.latticeIndex() + i, (long) block) * block - working.latticeIndex();
            int start = (int) Math.max(working.values().start(), Math.max(0, blockStart - block - 1));
            double[] sd = NoiseEstimate.whiteNoiseSdByBlock(working.values().copy(start, working.values().end()), block,
                    working.latticeIndex() + start);
            System.arraycopy(sd, i - start, out, i - from, to - i);
        }
        return out;
    }
}
