package org.lacrima.core.filter;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Samples;

/**
 * A first look at a whole signal before a detector runs on it: is there anything to detect in?
 * Detectors return an empty result with {@link #reason()} instead of throwing on bad input.
 *
 * @param reason   why the signal cannot be used, or {@code null} when it can
 * @param warnings problems that do not stop detection (some NaN, some clipping)
 */
public record SignalScreen(String reason, List<String> warnings) {
    /** Fraction of samples sitting on the signal's own extreme values above which it counts as clipped. */
    static final double CLIPPED_FRACTION = 0.10;

    public SignalScreen {
        warnings = List.copyOf(warnings);
    }

    /** Whether a detector can run on the signal. */
    public boolean usable() {
        return reason == null;
    }

    /**
     * Screens {@code x} sampled at {@code rateHz}.
     *
     * @param what       name used in messages, e.g. "ECG"
     * @param minRateHz  lowest sampling rate the detector supports
     * @param minSec     shortest duration, in seconds, the detector needs
     */
    public static SignalScreen of(String what, Samples x, double rateHz, double minRateHz, double minSec) {
        List<String> warnings = new ArrayList<>();
        if (!(rateHz >= minRateHz) || Double.isInfinite(rateHz)) {
            return new SignalScreen(what + " sampled at " + rateHz + " Hz; at least " + minRateHz + " Hz is needed", warnings);
        }
        int n = x.length();
        double durationSec = n / rateHz;
        if (durationSec < minSec) {
            return new SignalScreen(String.format(java.util.Locale.ROOT,
                    "%s too short: %.1f s; at least %.0f s is needed", what, durationSec, minSec), warnings);
        }
        // one pass: the extremes, and how many samples sit on each extreme so far (a new extreme starts its count anew)
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int atMin = 0;
        int atMax = 0;
        int nan = 0;
        for (int i = 0; i < n; i++) {
            double v = x.get(i);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                nan++;
                continue;
            }
            if (v < min) {
                min = v;
                atMin = 1;
            } else if (v == min) {
                atMin++;
            }
            if (v > max) {
                max = v;
                atMax = 1;
            } else if (v == max) {
                atMax++;
            }
        }
        if (nan > n / 2) {
            return new SignalScreen(String.format(java.util.Locale.ROOT,
                    "%s is %.0f %% NaN", what, 100.0 * nan / n), warnings);
        }
        if (!(max > min)) {
            return new SignalScreen(what + " is flat", warnings);
        }
        int atRail = atMin + atMax;
        double railFraction = (double) atRail / (n - nan);
        if (railFraction > CLIPPED_FRACTION) {
            return new SignalScreen(String.format(java.util.Locale.ROOT,
                    "%s is clipped: %.0f %% of samples at its extreme values", what, 100 * railFraction), warnings);
        }
        if (nan > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s has %.1f %% NaN samples", what, 100.0 * nan / n));
        }
        return new SignalScreen(null, warnings);
    }
}
