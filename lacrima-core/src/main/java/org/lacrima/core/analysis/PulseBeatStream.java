package org.lacrima.core.analysis;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;
import org.lacrima.core.ppg.PulsePeakDetector;

/**
 * The pulse peaks of a live PPG, found by one {@link PulsePeakDetector} that runs on as the samples arrive:
 * each sample is filtered once and the peaks are those of the whole signal, wherever the blocks fall. Holds
 * the peaks of the last {@code keepSec} seconds only.
 *
 * <p>Not thread-safe: one feeder at a time.
 */
final class PulseBeatStream {
    private final double keepSec;
    private final PeakTimes peaks = new PeakTimes();
    private PulsePeakDetector detector;
    /** Samples of the channel's lattice (index = round(time × rate)) already fed. */
    private long next = Long.MIN_VALUE;
    private double rateHz = Double.NaN;

    /** @param keepSec seconds of peaks kept before the newest sample */
    PulseBeatStream(double keepSec) {
        this.keepSec = keepSec;
    }

    /** Seconds up to which the detector has been fed (minus infinity before any sample). */
    double fedUntilSec() {
        return next == Long.MIN_VALUE ? Double.NEGATIVE_INFINITY : next / rateHz;
    }

    /**
     * Feeds the samples of {@code recent} not fed yet (it may start earlier).
     *
     * @throws IllegalArgumentException if the channel is sampled below {@link PulsePeakDetector#MIN_RATE_HZ}
     */
    void advance(Channel recent) {
        if (recent.length() == 0) {
            return;
        }
        long first = Math.round(recent.startOffsetSec() * recent.rateHz());
        if (detector != null && first > next) {
            // samples missing between what was fed and these (a channel silent longer than the live view waited, back
            // with what it owed from later on): the detector counts samples, so a fresh one starts at the new ones
            peaks.add(detector.flush().timesSec());
            detector = null;
        }
        if (detector == null) {
            rateHz = recent.rateHz();
            next = first;
            detector = new PulsePeakDetector(rateHz, recent.startOffsetSec());
        }
        int from = (int) Math.max(0, next - first);
        if (from >= recent.length()) {
            return;
        }
        peaks.add(detector.process(recent.values().slice(from, recent.length())).timesSec());
        next = first + recent.length();
        peaks.forgetBefore(next / rateHz - keepSec);
    }

    /** The pulse peaks at or after {@code fromSec} found so far, in time order. */
    Samples peaksFrom(double fromSec) {
        return peaks.from(fromSec);
    }
}
