package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.CalibrationPulseDetector;

/**
 * The R-peaks of a live ECG, found by one {@link RPeakDetector} that runs on as the samples arrive, so
 * each sample is filtered and classified once and the peaks are those of the whole signal, wherever the
 * blocks fall. A calibration signal stops the detector (its pending peaks reported) and a fresh one
 * trains after it, as the whole-file detection restarts after each calibration stretch. Holds the
 * peaks and calibration stretches of the last {@code keepSec} seconds only.
 *
 * <p>Not thread-safe: one feeder at a time.
 */
final class EcgBeatStream {
    /**
     * Seconds before the new samples searched again for a calibration signal, so that a run whose start came
     * too late in the last search to be recognised (it takes two 2-s blocks of square pulses with three regular
     * edges) is found whole in the next.
     */
    static final double CALIBRATION_OVERLAP_SEC = 10;

    private final CalibrationPulseDetector calibration;
    private final double keepSec;
    private RPeakDetector detector;
    /** Samples of the channel's lattice (index = round(time × rate)) already fed or passed over. */
    private long next = Long.MIN_VALUE;
    private double rateHz = Double.NaN;
    private final PeakTimes peaks = new PeakTimes();
    private final List<BadInterval> calibrations = new ArrayList<>();

    /**
     * @param calibration the calibration-signal check of the whole-file analysis
     * @param keepSec     seconds of peaks and calibration stretches kept before the newest sample
     */
    EcgBeatStream(CalibrationPulseDetector calibration, double keepSec) {
        this.calibration = calibration;
        this.keepSec = keepSec;
    }

    /** Seconds up to which the detector has been fed (minus infinity before any sample). */
    double fedUntilSec() {
        return next == Long.MIN_VALUE ? Double.NEGATIVE_INFINITY : next / rateHz;
    }

    /**
     * Feeds the samples of {@code recent} not fed yet; {@code recent} holds them with up to
     * {@value #CALIBRATION_OVERLAP_SEC} s before (its start may lie before the first sample of the channel).
     *
     * @throws IllegalArgumentException if the channel is sampled below {@link RPeakDetector#MIN_RATE_HZ}
     */
    void advance(Channel recent) {
        if (recent.length() == 0) {
            return;
        }
        double rate = recent.rateHz();
        long first = Math.round(recent.startOffsetSec() * rate);
        if (next == Long.MIN_VALUE) {
            rateHz = rate;
            next = first;
        }
        int from = (int) Math.max(0, next - first);
        if (from >= recent.length()) {
            return;
        }
        for (BadInterval b : calibration.detect(recent)) {
            addCalibration(b);
        }
        double[] x = recent.values().slice(from, recent.length()).toArray();
        long start = first + from;
        int i = 0;
        while (i < x.length) {
            double t = recent.timeOfSec(from + i);
            BadInterval bad = calibrationAt(t);
            if (bad != null) {
                stop();
                // skip to the end of the calibration stretch: a fresh detector trains after it
                i = (int) Math.min(x.length, Math.max(i + 1, Math.ceil(bad.endSec() * rate - 1e-9) - start));
                continue;
            }
            int to = runEnd(i, t, start, x.length, rate);
            if (detector == null) {
                detector = new RPeakDetector(rate, t);
            }
            keep(detector.process(x, i, to));
            i = to;
        }
        next = start + x.length;
        forgetBefore(next / rate - keepSec);
    }

    /** The R-peaks at or after {@code fromSec} found so far, in time order. */
    Samples peaksFrom(double fromSec) {
        return peaks.from(fromSec);
    }

    /** The calibration stretches found so far that reach past {@code fromSec}, in time order. */
    List<BadInterval> calibrationsFrom(double fromSec) {
        return calibrations.stream().filter(b -> b.endSec() > fromSec).toList();
    }

    /**
     * Index in the new samples (the first being lattice sample {@code start}) where the run of usable samples from
     * {@code i}, at {@code t} seconds, ends: at the next calibration stretch, or at {@code length}.
     */
    private int runEnd(int i, double t, long start, int length, double rate) {
        int end = length;
        for (BadInterval b : calibrations) {
            if (b.startSec() > t) {
                end = (int) Math.min(end, Math.max(i + 1, Math.ceil(b.startSec() * rate - 1e-9) - start));
            }
        }
        return end;
    }

    private BadInterval calibrationAt(double t) {
        for (BadInterval b : calibrations) {
            if (t >= b.startSec() && t < b.endSec()) {
                return b;
            }
        }
        return null;
    }

    /**
     * Adds a calibration stretch, merged with one it overlaps (found again, or longer, by a later search). One
     * that reaches into samples already fed stops the detector, whose thresholds it would have trained.
     */
    private void addCalibration(BadInterval found) {
        BadInterval merged = found;
        for (int k = calibrations.size() - 1; k >= 0; k--) {
            BadInterval b = calibrations.get(k);
            if (b.startSec() <= merged.endSec() && merged.startSec() <= b.endSec()) {
                merged = new BadInterval(b.channel(), Math.min(b.startSec(), merged.startSec()),
                        Math.max(b.endSec(), merged.endSec()), b.reason());
                calibrations.remove(k);
            }
        }
        calibrations.add(merged);
        calibrations.sort(Comparator.comparingDouble(BadInterval::startSec));
        if (next != Long.MIN_VALUE && merged.startSec() < next / rateHz && merged.endSec() > next / rateHz) {
            stop();
        }
    }

    /**
     * The feed has ended at the newest sample fed: the peaks the detector still holds back (it waits for what follows
     * a wave before it is sure of a peak) become final, as a whole file's detection finds them at its end.
     */
    void end() {
        stop();
    }

    /** Ends the current detector, keeping the peaks it still had pending. */
    private void stop() {
        if (detector != null) {
            keep(detector.flush());
            detector = null;
        }
    }

    private void keep(Samples found) {
        peaks.add(found);
    }

    private void forgetBefore(double sec) {
        peaks.forgetBefore(sec);
        calibrations.removeIf(b -> b.endSec() < sec);
    }
}
