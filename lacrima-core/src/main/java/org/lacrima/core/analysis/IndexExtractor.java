package org.lacrima.core.analysis;

import java.util.Map;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * Turns a window of raw channels into the 4 Hz indices (hr, rsa, scl, scrRate, breathingRate,
 * irregularity) for one block of grid points, and the markers inside the block. The window carries
 * context before and after the block so the stages' filters and beat windows are settled inside it.
 */
final class IndexExtractor {
    /** Half-width of the averaging that puts a raw EDA channel on the grid, seconds. */
    private static final double EDA_HALF_WINDOW_SEC = 1.0;
    /** Half-width of the heart-rate smoothing on the grid, seconds. */
    private static final double HR_HALF_WINDOW_SEC = 2.0;

    private final AnalysisOptions options;

    IndexExtractor(AnalysisOptions options) {
        this.options = options;
    }

    /**
     * Fills {@code block} from the window channels (one per type, chosen by {@link ChannelSelection});
     * markers are kept when they fall in the block's own span {@code [fromSec, toSec)}.
     */
    void extract(Map<ChannelType, Channel> window, IndexBlock block, double rateHz, double fromSec, double toSec) {
        Channel eda = window.get(ChannelType.EDA);
        if (eda != null && eda.length() > 0) {
            skinConductanceLevel(eda, block.row("scl"), block, rateHz);
        }
        Channel rr = window.get(ChannelType.RR);
        Channel hr = window.get(ChannelType.HR);
        if (rr != null && rr.length() > 1) {
            heartRateFromIntervals(rr, block.row("hr"), block, rateHz);
        } else if (hr != null && hr.length() > 0) {
            deviceHeartRate(hr, block.row("hr"), block, rateHz);
        }
    }

    private static void skinConductanceLevel(Channel eda, double[] out, IndexBlock block, double rateHz) {
        for (int i = 0; i < out.length; i++) {
            double t = block.timeSec(i, rateHz);
            out[i] = meanIn(eda, t - EDA_HALF_WINDOW_SEC, t + EDA_HALF_WINDOW_SEC);
        }
    }

    private static void heartRateFromIntervals(Channel rr, double[] out, IndexBlock block, double rateHz) {
        double scale = rr.unit().toLowerCase(java.util.Locale.ROOT).startsWith("ms") ? 0.001 : 1.0;
        for (int i = 0; i < out.length; i++) {
            double t = block.timeSec(i, rateHz);
            // A beat stamped up to one longest interval after the window still covers part of it.
            Channel near = rr.slice(t - HR_HALF_WINDOW_SEC, t + HR_HALF_WINDOW_SEC + 2.5);
            double sum = 0;
            int n = 0;
            for (int b = 0; b < near.length(); b++) {
                double seconds = near.values().get(b) * scale;
                if (near.timesSec().get(b) - seconds <= t + HR_HALF_WINDOW_SEC && seconds > 0.25 && seconds < 2.5) {
                    sum += 60 / seconds;
                    n++;
                }
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
    }

    private static void deviceHeartRate(Channel hr, double[] out, IndexBlock block, double rateHz) {
        for (int i = 0; i < out.length; i++) {
            double t = block.timeSec(i, rateHz);
            out[i] = meanIn(hr, t - HR_HALF_WINDOW_SEC, t + HR_HALF_WINDOW_SEC);
        }
    }

    private static double meanIn(Channel c, double fromSec, double toSec) {
        Channel part = c.slice(fromSec, toSec);
        double sum = 0;
        int n = 0;
        for (int j = 0; j < part.length(); j++) {
            double v = part.values().get(j);
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    AnalysisOptions options() {
        return options;
    }
}
