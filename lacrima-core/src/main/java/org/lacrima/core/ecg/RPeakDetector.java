package org.lacrima.core.ecg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.filter.IirFilter;
import org.lacrima.core.filter.RecentMedian;
import org.lacrima.core.filter.SignalScreen;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;

/**
 * Finds R-peaks in an ECG sampled at 100 to 1000 Hz, incrementally.
 *
 * <p>Pan–Tompkins-style: a causal 5–15 Hz Butterworth band-pass removes baseline wander and muscle
 * noise, a 10 ms difference, squaring and a 150 ms moving-window integration (MWI) turn each QRS
 * into one hump. Humps are classified with adaptive signal/noise levels; a hump within 360 ms of
 * the previous beat with less than half its slope or half its energy is a T-wave; when no beat came
 * for 1.66 mean RR intervals the largest rejected hump above a fifth of the threshold is taken
 * (search-back), which recovers small beats after large ectopic ones and wide ventricular beats,
 * whose 5–15 Hz energy is small. When no beat came for 3 s the signal level
 * decays, so the detector recovers from an artefact that inflated it. A hump much earlier than the
 * rhythm allows and much smaller than recent beats is noise. Signal and noise levels are medians
 * of the last eight humps, so one artefact cannot lift the threshold above the beats after it.
 * Each accepted hump is placed on the ECG itself: at the raw extreme within 150 ms of the QRS
 * onset (or up to the hump's peak, for a wide complex), in the direction (up or down) in which the
 * complex deviates most from the PR level, so inverted leads and ventricular beats work. The onset
 * search never goes back past the previous beat's hump.
 *
 * <p><b>Incremental use.</b> Feed a growing signal chunk by chunk with {@link #process(Samples)};
 * each call returns the R-peaks that became certain, in order and never revised. A peak is reported
 * at most {@link #maxDelaySec()} after it happened (about 0.3 s, up to about 3.5 s when a
 * search-back recovers it). Chunking does not change the result: the whole-signal methods
 * {@link #detect(Channel)} and {@link #detect(Samples, double, double)} are built on the same
 * per-sample loop, so a signal fed in any chunks gives exactly the peaks of the whole signal. The
 * first 2 s train the thresholds; peaks in them are reported once training ends.
 *
 * <p>NaN samples are bridged by holding the last value (no beat is found inside a gap). Times are
 * seconds from the recording start. Cost: one pass over primitive arrays, no allocation per sample.
 */
public final class RPeakDetector {
    /** Lowest sampling rate the detector is designed for, in hertz. */
    public static final double MIN_RATE_HZ = 100;
    /** Shortest signal {@link #detect} accepts, in seconds: training plus a few beats. */
    public static final double MIN_DURATION_SEC = 5;

    private static final double LOW_HZ = 5;
    private static final double HIGH_HZ = 15;
    private static final double LEARN_SEC = 2;
    private static final double REFRACTORY_SEC = 0.2;
    private static final double T_WAVE_SEC = 0.36;
    private static final double DECAY_SEC = 3;
    private static final double SEARCH_BACK_RR = 1.66;
    private static final double RING_SEC = 8;
    private static final int RR_MEMORY = 8;
    private static final double QRS_SEC = 0.15;
    private static final double ONSET_FRACTION = 0.15;
    private static final double EARLY_FRACTION = 0.5;
    private static final double WEAK_FRACTION = 0.5;
    private static final double THRESHOLD_FRACTION = 0.25;
    /**
     * Search-back takes a rejected hump above this fraction of the threshold. Pan–Tompkins use a
     * half; wide ventricular beats carry little 5–15 Hz energy (on MIT-BIH 208 some reach only a
     * quarter of the threshold), and the missing-beat gap of 1.66 RR already says a beat is there.
     */
    private static final double SEARCH_BACK_FRACTION = 0.2;

    private final double rateHz;
    private final double startSec;
    private final IirFilter bandPass;
    private final int diffLag;
    private final int mwiWidth;
    private final int hold;
    private final int refractory;
    private final int tWave;
    private final int learnSamples;
    private final int decaySamples;
    private final int bpDelay;
    private final int refineWidth;
    private final int baselineWidth;
    private final double[] mwiHistory;
    private final int baselineHalfWidth;
    private final double[] baselineSamples = new double[64];
    private final int mask;
    private final double[] raw;
    private final double[] band;
    private final double[] squares;
    private final DoubleBuffer emitted = new DoubleBuffer();
    private final double[] block = new double[4096];

    private long n;
    private double lastValid;
    private boolean seenValid;
    private double mwiSum;
    private int squarePos;

    // hump tracking on the MWI
    private double humpValue;
    private long humpIndex;
    private boolean humpRising;

    // classification state
    private boolean trained;
    private double learnMax;
    private double learnSum;
    private final DoubleBuffer learnIndices = new DoubleBuffer();
    private final DoubleBuffer learnValues = new DoubleBuffer();
    private final RecentMedian signalLevel = new RecentMedian();
    private final RecentMedian noiseLevel = new RecentMedian();
    private long lastBeat = -1;
    private long lastEmitted = Long.MIN_VALUE / 2;
    private double lastBeatSlope;
    private double lastBeatValue;
    private long lastDecay;
    private final int[] rr = new int[RR_MEMORY];
    private int rrCount;
    private double searchBackLimit;
    private int polarityVotes;

    // rejected humps since the last beat, candidates for search-back
    private long[] rejectedIndex = new long[32];
    private double[] rejectedValue = new double[32];
    private double[] rejectedSlope = new double[32];
    private int rejectedCount;

    /**
     * A detector for an ECG sampled at {@code rateHz} whose first sample lies at {@code startSec}
     * seconds from the recording start.
     */
    public RPeakDetector(double rateHz, double startSec) {
        if (!(rateHz >= MIN_RATE_HZ) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("ECG sampling rate must be at least " + MIN_RATE_HZ + " Hz, got " + rateHz);
        }
        this.rateHz = rateHz;
        this.startSec = startSec;
        this.bandPass = IirFilter.butterworthBandPass(2, rateHz, LOW_HZ, HIGH_HZ);
        this.diffLag = Math.max(1, (int) Math.round(0.010 * rateHz));
        this.mwiWidth = Math.max(2, (int) Math.round(0.150 * rateHz));
        this.hold = (int) Math.round(REFRACTORY_SEC * rateHz);
        this.refractory = hold;
        this.tWave = (int) Math.round(T_WAVE_SEC * rateHz);
        this.learnSamples = (int) Math.round(LEARN_SEC * rateHz);
        this.decaySamples = (int) Math.round(DECAY_SEC * rateHz);
        this.bpDelay = (int) Math.round(bandPass.groupDelaySamples(10, rateHz));
        this.refineWidth = Math.max(2, (int) Math.round(QRS_SEC * rateHz));
        this.baselineWidth = Math.max(2, (int) Math.round(0.05 * rateHz));
        this.baselineHalfWidth = (int) Math.round(0.15 * rateHz);
        int size = Integer.highestOneBit((int) Math.ceil(RING_SEC * rateHz)) << 1;
        this.mask = size - 1;
        this.raw = new double[size];
        this.band = new double[size];
        this.mwiHistory = new double[size];
        this.squares = new double[mwiWidth];
        this.searchBackLimit = SEARCH_BACK_RR * rateHz;
    }

    /** R-peaks of a whole regularly sampled ECG channel; never throws on bad samples. */
    public static RPeaks detect(Channel ecg) {
        if (!ecg.isRegular()) {
            return RPeaks.none("ECG channel " + ecg.label() + " is not regularly sampled");
        }
        return detect(ecg.values(), ecg.rateHz(), ecg.startOffsetSec());
    }

    /**
     * R-peaks of a regular ECG channel outside the {@code unusable} stretches (e.g. a calibration
     * signal): each stretch between them is detected on its own, so the thresholds never learn from
     * what is not a heart; stretches shorter than {@value #MIN_DURATION_SEC} s are left out.
     */
    public static RPeaks detect(Channel ecg, List<BadInterval> unusable) {
        if (unusable.isEmpty() || !ecg.isRegular() || ecg.length() == 0) {
            return detect(ecg);
        }
        List<BadInterval> sorted = unusable.stream().sorted(Comparator.comparingDouble(BadInterval::startSec)).toList();
        DoubleBuffer times = new DoubleBuffer();
        Set<String> warnings = new LinkedHashSet<>();
        double from = ecg.timeOfSec(0);
        for (int k = 0; k <= sorted.size(); k++) {
            double to = k < sorted.size() ? sorted.get(k).startSec() : ecg.endSec();
            if (to - from >= MIN_DURATION_SEC) {
                RPeaks part = detect(ecg.slice(from, to));
                for (int i = 0; i < part.count(); i++) {
                    times.add(part.timesSec().get(i));
                }
                warnings.addAll(part.warnings());
            }
            if (k < sorted.size()) {
                from = Math.max(from, sorted.get(k).endSec());
            }
        }
        if (times.size() == 0) {
            warnings.add("no R-peaks found in the ECG");
        }
        return new RPeaks(times.drain(), List.copyOf(warnings));
    }

    /**
     * R-peaks of a whole ECG whose first sample lies at {@code startSec} seconds from the recording
     * start. A flat, clipped, mostly-NaN or too short signal gives no peaks and the reason.
     */
    public static RPeaks detect(Samples ecg, double rateHz, double startSec) {
        SignalScreen screen = SignalScreen.of("ECG", ecg, rateHz, MIN_RATE_HZ, MIN_DURATION_SEC);
        if (!screen.usable()) {
            return RPeaks.none(screen.reason());
        }
        RPeakDetector detector = new RPeakDetector(rateHz, startSec);
        detector.feed(ecg);
        detector.finish();
        List<String> warnings = new ArrayList<>(screen.warnings());
        if (detector.emitted.size() == 0) {
            warnings.add("no R-peaks found in the ECG");
        }
        return new RPeaks(detector.emitted.drain(), warnings);
    }

    /**
     * The longest time, in seconds, between a beat and the call of {@link #process} that reports it,
     * for heart rates down to 30 bpm: a search-back after a 2 s RR interval.
     */
    public static double maxDelaySec() {
        return SEARCH_BACK_RR * 2.0 + REFRACTORY_SEC + 0.15;
    }

    /** Feeds the next samples; returns the R-peak times (seconds) that became certain. */
    public Samples process(Samples chunk) {
        feed(chunk);
        return emitted.drain();
    }

    private void feed(Samples chunk) {
        // copy in blocks: the per-sample loop then reads a plain array, not a bounds-checked view
        int len = chunk.length();
        for (int from = 0; from < len; from += block.length) {
            int to = Math.min(len, from + block.length);
            chunk.slice(from, to).copyInto(block, 0);
            for (int i = 0; i < to - from; i++) {
                step(block[i]);
            }
        }
    }

    /** Feeds the next samples from a primitive array; returns the R-peak times (seconds) that became certain. */
    public Samples process(double[] chunk, int from, int to) {
        for (int i = from; i < to; i++) {
            step(chunk[i]);
        }
        return emitted.drain();
    }

    /** Declares the end of the signal and returns the peaks still pending. */
    public Samples flush() {
        finish();
        return emitted.drain();
    }

    private void finish() {
        if (!trained) {
            train();
        }
        if (humpRising) {
            onHump(humpIndex, humpValue);
            humpRising = false;
        }
        searchBack(n + hold);
    }

    private void step(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            x = lastValid;
        } else if (!seenValid) {
            seenValid = true;
            java.util.Arrays.fill(raw, x);
        }
        lastValid = x;
        int at = (int) (n & mask);
        raw[at] = x;
        double y = bandPass.step(x);
        band[at] = y;
        double d = y - band[(int) ((n - diffLag) & mask)];
        double sq = d * d;
        mwiSum += sq - squares[squarePos];
        squares[squarePos] = sq;
        if (++squarePos == mwiWidth) {
            squarePos = 0;
            // re-add from scratch once per window so rounding errors cannot accumulate
            double s = 0;
            for (double v : squares) {
                s += v;
            }
            mwiSum = s;
        }
        double mwi = mwiSum;
        mwiHistory[at] = mwi;
        if (!trained) {
            learnMax = Math.max(learnMax, mwi);
            learnSum += mwi;
        }
        if (humpRising) {
            if (mwi > humpValue) {
                humpValue = mwi;
                humpIndex = n;
            } else if (n - humpIndex >= hold) {
                onHump(humpIndex, humpValue);
                humpRising = false;
                humpValue = mwi;
                humpIndex = n;
            }
        } else if (mwi > humpValue) {
            humpRising = true;
            humpValue = mwi;
            humpIndex = n;
        } else {
            humpValue = mwi;
            humpIndex = n;
        }
        n++;
        if (!trained) {
            if (n >= learnSamples) {
                train();
            }
        } else if (n - hold - Math.max(lastBeat, 0) > searchBackLimit) {
            searchBack(n);
        }
    }

    private void onHump(long index, double value) {
        if (!trained) {
            learnIndices.add(index);
            learnValues.add(value);
            return;
        }
        classify(index, value);
    }

    private void train() {
        trained = true;
        signalLevel.reset(learnMax / 3);
        noiseLevel.reset(learnSum / Math.max(1, n) / 2);
        lastDecay = n;
        for (int i = 0; i < learnIndices.size(); i++) {
            classify((long) learnIndices.get(i), learnValues.get(i));
        }
        learnIndices.clear();
        learnValues.clear();
    }

    private double threshold() {
        double noise = noiseLevel.value();
        return noise + THRESHOLD_FRACTION * (signalLevel.value() - noise);
    }

    private void classify(long index, double value) {
        if (lastBeat >= 0 && index - lastBeat < refractory) {
            noiseLevel.add(value);
            return;
        }
        double slope = slopeBefore(index);
        if (value > threshold() && !isTWave(index, value, slope) && !isEarlyAndWeak(index, value)) {
            accept(index, value, slope);
        } else {
            noiseLevel.add(value);
            remember(index, value, slope);
        }
    }

    /**
     * A hump far earlier than the rhythm allows and much smaller than the recent beats is noise;
     * premature ventricular beats come less early and are large. It stays a search-back candidate.
     */
    private boolean isEarlyAndWeak(long index, double value) {
        return rrCount >= 4 && lastBeat >= 0 && index - lastBeat < EARLY_FRACTION * searchBackLimit / SEARCH_BACK_RR
                && value < WEAK_FRACTION * signalLevel.value();
    }

    /**
     * Within 360 ms of the last beat, a hump with less than half its slope is a T-wave; one with less
     * than half its energy is a T-wave or a spike on it (a beat that early is ectopic, and ectopic
     * beats are not the weaker ones).
     */
    private boolean isTWave(long index, double value, double slope) {
        return lastBeat >= 0 && index - lastBeat < tWave
                && (slope < 0.5 * lastBeatSlope || value < 0.5 * lastBeatValue);
    }

    private void searchBack(long now) {
        long since = lastBeat >= 0 ? lastBeat : 0;
        while (now - hold - since > searchBackLimit) {
            int best = -1;
            double limit = SEARCH_BACK_FRACTION * threshold();
            for (int i = 0; i < rejectedCount; i++) {
                if (rejectedValue[i] > limit && (best < 0 || rejectedValue[i] > rejectedValue[best])
                        && !isTWave(rejectedIndex[i], rejectedValue[i], rejectedSlope[i])) {
                    best = i;
                }
            }
            if (best >= 0) {
                accept(rejectedIndex[best], rejectedValue[best], rejectedSlope[best]);
                since = lastBeat;
                continue;
            }
            if (now - Math.max(since, lastDecay) > decaySamples) {
                // a long silence: the signal level was probably inflated by an artefact
                signalLevel.shrinkTowards(noiseLevel.value(), 0.5);
                lastDecay = now;
                continue;
            }
            break;
        }
    }

    private void updateSearchBackLimit() {
        int k = Math.min(rrCount, RR_MEMORY);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += rr[i];
        }
        searchBackLimit = SEARCH_BACK_RR * sum / k;
    }

    private void accept(long index, double value, double slope) {
        signalLevel.add(value);
        if (lastBeat >= 0) {
            rr[rrCount % RR_MEMORY] = (int) (index - lastBeat);
            rrCount++;
            updateSearchBackLimit();
        }
        long previousBeat = lastBeat;
        lastBeat = index;
        lastBeatSlope = slope;
        lastBeatValue = value;
        lastDecay = index;
        int kept = 0;
        for (int i = 0; i < rejectedCount; i++) {
            if (rejectedIndex[i] > index) {
                rejectedIndex[kept] = rejectedIndex[i];
                rejectedValue[kept] = rejectedValue[i];
                rejectedSlope[kept] = rejectedSlope[i];
                kept++;
            }
        }
        rejectedCount = kept;
        long at = locate(index, value, previousBeat);
        // two humps of one wide or noisy complex can land on the same extreme: report it once
        if (at - lastEmitted >= refractory / 2) {
            lastEmitted = at;
            emitted.add(startSec + at / rateHz);
        }
    }

    private void remember(long index, double value, double slope) {
        if (rejectedCount == rejectedIndex.length) {
            // keep the ring's reach: forget the oldest half
            int half = rejectedCount / 2;
            System.arraycopy(rejectedIndex, half, rejectedIndex, 0, rejectedCount - half);
            System.arraycopy(rejectedValue, half, rejectedValue, 0, rejectedCount - half);
            System.arraycopy(rejectedSlope, half, rejectedSlope, 0, rejectedCount - half);
            rejectedCount -= half;
        }
        rejectedIndex[rejectedCount] = index;
        rejectedValue[rejectedCount] = value;
        rejectedSlope[rejectedCount] = slope;
        rejectedCount++;
    }

    /** Largest band-passed slope in the MWI window that ends at {@code index}. */
    private double slopeBefore(long index) {
        double max = 0;
        long from = Math.max(diffLag, index - mwiWidth);
        for (long j = from; j <= index; j++) {
            double d = Math.abs(band[(int) (j & mask)] - band[(int) ((j - diffLag) & mask)]);
            max = Math.max(max, d);
        }
        return max;
    }

    /**
     * Places a beat whose MWI hump peaks at {@code mwiPeak} on the raw ECG. The QRS onset is where
     * the hump rose through 15 % of its height, moved back by the band-pass delay; the mean level
     * 50 to 100 ms before it (PR segment) is the isoelectric reference. The beat is the raw extreme within {@code QRS_SEC}
     * after the onset in the direction the complex deviates most from that level (up for an
     * R-wave, down for an inverted lead or a ventricular beat with a dominant negative swing; a
     * near-symmetric complex follows the recent majority so biphasic beats do not jitter).
     */
    private long locate(long mwiPeak, double hump, long previousHump) {
        long oldest = Math.max(0, n - mask + 2 * baselineWidth + 1);
        long rise = mwiPeak;
        // never back past the previous beat's hump: its tail is not this complex's onset
        long reach = Math.max(Math.max(oldest, mwiPeak - 2 * mwiWidth - refineWidth), previousHump);
        long lowest = mwiPeak;
        while (rise > reach && mwiHistory[(int) ((rise - 1) & mask)] > ONSET_FRACTION * hump) {
            rise--;
            if (mwiHistory[(int) (rise & mask)] < mwiHistory[(int) (lowest & mask)]) {
                lowest = rise;
            }
        }
        if (rise == previousHump) {
            rise = lowest;
        }
        long onset = Math.max(oldest, rise - bpDelay);
        double level = 0;
        for (long j = onset - 2 * baselineWidth; j < onset - baselineWidth; j++) {
            level += raw[(int) (j & mask)];
        }
        level /= baselineWidth;
        long lo = Math.max(oldest, onset - baselineWidth);
        // a wide ventricular complex may swing furthest after 150 ms: search up to where its energy peaked
        long hi = Math.min(n - 1, Math.max(onset + refineWidth, mwiPeak - bpDelay));
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        long maxAt = onset;
        long minAt = onset;
        for (long j = lo; j <= hi; j++) {
            double v = raw[(int) (j & mask)];
            if (v > max) {
                max = v;
                maxAt = j;
            }
            if (v < min) {
                min = v;
                minAt = j;
            }
        }
        double up = max - level;
        double down = level - min;
        boolean upward;
        if (up > 1.5 * down) {
            upward = true;
        } else if (down > 1.5 * up) {
            upward = false;
        } else {
            upward = polarityVotes >= 0;
        }
        polarityVotes = Math.max(-20, Math.min(20, polarityVotes + (up >= down ? 1 : -1)));
        return upward ? maxAt : minAt;
    }
}
