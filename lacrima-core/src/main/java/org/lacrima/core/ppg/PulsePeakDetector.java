package org.lacrima.core.ppg;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.filter.IirFilter;
import org.lacrima.core.filter.SignalScreen;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;

/**
 * Finds pulses in a PPG or BVP signal sampled at 20 to 1000 Hz (wrist devices: 64 Hz),
 * incrementally, after Elgendi et al. (2013), "Systolic peak detection in acceleration
 * photoplethysmograms measured from emergency responders in tropical conditions", PLoS ONE 8(10).
 *
 * <p>Band-pass 0.5–8 Hz (2nd-order Butterworth, causal), keep the positive part, square; a block
 * of interest is where the 111 ms moving average exceeds the 667 ms moving average plus
 * β = 0.02 times the mean squared signal; a block at least 111 ms wide holds one pulse. Blocks
 * closer than 0.3 s to the previous pulse are ignored. (A rule against small late blocks, the
 * band-pass ringing after the last pulse before a pause, was tried and dropped: on the E4 wrist
 * recordings it discarded about a sixth of the pulses, which shrink and slow with motion.) Each pulse is then located on the
 * zero-phase band-passed signal (the recent raw samples filtered forwards and backwards, as
 * NeuroKit2 cleans PPG): its systolic peak, and its upstroke (steepest rise, the pulse-arrival
 * fiducial), both refined between samples by a parabola (64 Hz samples are 15.6 ms apart).
 * Systolic peaks are maxima (the PPG/BVP convention of Empatica, BIOPAC, NeuroKit).
 *
 * <p>Incremental like {@link org.lacrima.core.ecg.RPeakDetector}: feed chunks to
 * {@link #process(Samples)}; pulses come out about 0.5 s late and are never revised. Pulses in the
 * first second (while the filters settle) and a pulse cut off by the end of the signal are not reported. The one
 * departure from the paper: the signal mean for β is a running mean (cumulative for the first
 * 30 s, then exponentially weighted over 30 s) instead of the whole-record mean, so that a chunked
 * and a whole signal give the same pulses. Times are seconds from the recording start.
 */
public final class PulsePeakDetector {
    /** Lowest sampling rate the detector supports, in hertz. */
    public static final double MIN_RATE_HZ = 20;
    /** Shortest signal {@link #detect} accepts, in seconds. */
    public static final double MIN_DURATION_SEC = 5;

    private static final double BETA = 0.02;
    private static final double MEAN_SEC = 30;
    private static final double MIN_GAP_SEC = 0.3;
    private static final double PAD_SEC = 1.0;
    /** The band-pass and the 667 ms average settle in the first second; blocks starting in it are ignored. */
    private static final double WARM_UP_SEC = 1.0;
    private static final double UPSTROKE_SEC = 0.3;
    private static final double LOW_HZ = 0.5;
    private static final double HIGH_HZ = 8;

    private final double rateHz;
    private final double startSec;
    private final IirFilter bandPass;
    /**
     * The same band-pass for the forward-backward pass over each pulse, designed once and reset per
     * pass: designing it per pulse was 5-8 % of the detector's time (BENCHMARKS.md).
     */
    private final IirFilter zeroPhase;
    private final int w1;
    private final int w2;
    private final int pad;
    private final int warmUp;
    private final int delay;
    private final int minGap;
    private final long meanSamples;
    private final int mask;
    private final double[] raw;
    private final double[] band;
    private final double[] squared;
    private final double[] peakAverage;
    private double[] segment = new double[0];
    private final DoubleBuffer peaks = new DoubleBuffer();
    private final DoubleBuffer upstrokes = new DoubleBuffer();
    private final int upstrokeReach;

    private long n;
    private double lastValid;
    private double sumPeak;
    private double sumBeat;
    private double meanSquared;
    private boolean inBlock;
    private long blockStart;
    private long blockMaxAt;
    private double blockMax;
    private long lastPeak = Long.MIN_VALUE / 2;
    /** Sample index of the last pulse reported: a summit followed past its block must not be the one before. */
    private long lastReported = Long.MIN_VALUE / 2;

    /** A detector for a PPG sampled at {@code rateHz} whose first sample lies at {@code startSec}. */
    public PulsePeakDetector(double rateHz, double startSec) {
        if (!(rateHz >= MIN_RATE_HZ) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("PPG sampling rate must be at least " + MIN_RATE_HZ + " Hz, got " + rateHz);
        }
        this.rateHz = rateHz;
        this.startSec = startSec;
        this.bandPass = IirFilter.butterworthBandPass(2, rateHz, LOW_HZ, HIGH_HZ);
        this.zeroPhase = IirFilter.butterworthBandPass(2, rateHz, LOW_HZ, HIGH_HZ);
        this.w1 = Math.max(1, (int) Math.round(0.111 * rateHz)) | 1;
        this.w2 = Math.max(3, (int) Math.round(0.667 * rateHz)) | 1;
        this.pad = (int) Math.round(PAD_SEC * rateHz);
        this.warmUp = Math.max(w2, (int) Math.round(WARM_UP_SEC * rateHz));
        this.upstrokeReach = Math.max(2, (int) Math.round(UPSTROKE_SEC * rateHz));
        this.delay = (int) Math.round(bandPass.groupDelaySamples(1.5, rateHz));
        this.minGap = (int) Math.round(MIN_GAP_SEC * rateHz);
        this.meanSamples = Math.round(MEAN_SEC * rateHz);
        int size = Integer.highestOneBit((int) Math.ceil(4 * rateHz) + w2) << 1;
        this.mask = size - 1;
        this.raw = new double[size];
        this.band = new double[size];
        this.squared = new double[size];
        this.peakAverage = new double[size];
    }

    /** Pulse peaks of a whole regularly sampled PPG/BVP channel; never throws on bad samples. */
    public static PulsePeaks detect(Channel ppg) {
        if (!ppg.isRegular()) {
            return PulsePeaks.none("PPG channel " + ppg.label() + " is not regularly sampled");
        }
        return detect(ppg.values(), ppg.rateHz(), ppg.startOffsetSec());
    }

    /** Pulse peaks of a whole PPG whose first sample lies at {@code startSec} seconds from the recording start. */
    public static PulsePeaks detect(Samples ppg, double rateHz, double startSec) {
        SignalScreen screen = SignalScreen.of("PPG", ppg, rateHz, MIN_RATE_HZ, MIN_DURATION_SEC);
        if (!screen.usable()) {
            return PulsePeaks.none(screen.reason());
        }
        PulsePeakDetector detector = new PulsePeakDetector(rateHz, startSec);
        detector.feed(ppg);
        detector.inBlock = false;
        List<String> warnings = new ArrayList<>(screen.warnings());
        if (detector.peaks.size() == 0) {
            warnings.add("no pulse peaks found in the PPG");
        }
        return detector.drain(warnings);
    }

    /** Feeds the next samples; returns the peak times (seconds) that became certain. */
    public PulsePeaks process(Samples chunk) {
        feed(chunk);
        return drain(List.of());
    }

    private void feed(Samples chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            step(chunk.get(i));
        }
    }

    private PulsePeaks drain(List<String> warnings) {
        return new PulsePeaks(peaks.drain(), upstrokes.drain(), warnings);
    }

    /**
     * Declares the end of the signal and returns the pulses still pending: none, since a block still
     * open at the end holds a pulse cut off by it (its zero-phase shape would be the filter's
     * start-up, not the pulse).
     */
    public PulsePeaks flush() {
        inBlock = false;
        return drain(List.of());
    }

    private void step(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            x = lastValid;
        }
        lastValid = x;
        int at = (int) (n & mask);
        raw[at] = x;
        double s = bandPass.step(x);
        band[at] = s;
        double y = s > 0 ? s * s : 0;
        squared[at] = y;
        sumPeak += y - (n >= w1 ? squared[(int) ((n - w1) & mask)] : 0);
        sumBeat += y - (n >= w2 ? squared[(int) ((n - w2) & mask)] : 0);
        peakAverage[at] = Math.max(0, sumPeak) / w1;
        meanSquared += (y - meanSquared) / Math.min(n + 1, meanSamples);
        if (n >= w2 - 1) {
            long d = n - (w2 - 1) / 2;
            double beatAverage = Math.max(0, sumBeat) / w2;
            double peak = peakAverage[(int) ((d + (w1 - 1) / 2) & mask)];
            if (peak > beatAverage + BETA * meanSquared) {
                double v = band[(int) (d & mask)];
                if (!inBlock) {
                    inBlock = true;
                    blockStart = d;
                    blockMax = v;
                    blockMaxAt = d;
                } else if (v > blockMax) {
                    blockMax = v;
                    blockMaxAt = d;
                }
            } else if (inBlock) {
                closeBlock(d);
            }
        }
        n++;
    }

    private void closeBlock(long end) {
        inBlock = false;
        if (end - blockStart < w1 || blockMaxAt - lastPeak < minGap || blockStart < warmUp) {
            return;
        }
        lastPeak = blockMaxAt;
        // the block was found on the causally filtered pulse, which lags the zero-phase one
        locate(blockStart - delay - w1, end - delay + w1);
    }

    /**
     * The systolic peak of the zero-phase band-passed pulse in the block: the ring's recent raw
     * samples, from {@code PAD_SEC} before the block to now, are band-passed forwards and then
     * backwards (filtfilt, as NeuroKit2 cleans PPG), so the peak is not shifted by the causal
     * filter's delay; the maximum is refined between samples by a parabola. The upstroke is the
     * steepest rise of the same pulse within {@code UPSTROKE_SEC} before its peak.
     */
    private void locate(long from, long to) {
        long segStart = Math.max(Math.max(0, n - mask + 1), from - pad);
        int len = (int) (n - segStart);
        if (segment.length < len) {
            segment = new double[len];
        }
        zeroPhase.reset();
        for (int i = 0; i < len; i++) {
            segment[i] = zeroPhase.step(raw[(int) ((segStart + i) & mask)]);
        }
        zeroPhase.reset();
        for (int i = len - 1; i >= 0; i--) {
            segment[i] = zeroPhase.step(segment[i]);
        }
        int lo = (int) Math.max(1, from - segStart);
        int hi = (int) Math.min(len - 2, to - segStart);
        int best = lo;
        for (int i = lo; i <= hi; i++) {
            if (segment[i] > segment[best]) {
                best = i;
            }
        }
        best = climbToSummit(best, lo, hi, len);
        if (best < 0 || segStart + best - lastReported < minGap) {
            // no peak near the block: a pulse cut off by the end of the signal, or a slope
            return;
        }
        lastReported = segStart + best;
        peaks.add(startSec + (segStart + best + vertexOffset(segment[best - 1], segment[best], segment[best + 1])) / rateHz);
        int steepest = best;
        double maxRise = Double.NEGATIVE_INFINITY;
        for (int i = Math.max(2, best - upstrokeReach); i < best; i++) {
            double rise = segment[i + 1] - segment[i - 1];
            if (rise > maxRise) {
                maxRise = rise;
                steepest = i;
            }
        }
        double riseBefore = segment[steepest] - segment[Math.max(0, steepest - 2)];
        double riseAfter = segment[Math.min(len - 1, steepest + 2)] - segment[steepest];
        upstrokes.add(startSec + (segStart + steepest + vertexOffset(riseBefore, maxRise, riseAfter)) / rateHz);
    }

    /**
     * The summit of the zero-phase pulse whose block search range {@code [lo, hi]} ends on a slope: followed uphill
     * past the range edge for at most one systolic window ({@code w1}, 111 ms), or -1 where the slope goes on (a pulse
     * cut off by the end of the signal, or a ramp). A slow, rounded pulse (low perfusion, a still hand: WESAD S4's
     * meditation, pulses about 600 ms wide at 60 bpm) keeps the block condition for less of its crest than a sharp
     * one, so the block ends before the crest and the crest lies a few samples past the range: one pulse in three was
     * dropped there while the E4's own beat list shows every beat.
     */
    private int climbToSummit(int best, int lo, int hi, int len) {
        int at = best;
        if (at == hi) {
            while (at + 1 <= len - 2 && at - hi < w1 && segment[at + 1] > segment[at]) {
                at++;
            }
        } else if (at == lo) {
            while (at - 1 >= 1 && lo - at < w1 && segment[at - 1] > segment[at]) {
                at--;
            }
        }
        boolean summit = segment[at] > segment[at - 1] && segment[at] >= segment[at + 1];
        return summit ? at : -1;
    }

    /** Offset, within half a sample, of the vertex of the parabola through three equally spaced values. */
    private static double vertexOffset(double a, double b, double c) {
        double denom = a - 2 * b + c;
        double offset = denom < 0 ? 0.5 * (a - c) / denom : 0;
        return Math.max(-0.5, Math.min(0.5, offset));
    }
}
