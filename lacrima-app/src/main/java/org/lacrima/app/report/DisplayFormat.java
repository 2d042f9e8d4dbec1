package org.lacrima.app.report;

import java.util.Locale;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.EpisodeMetrics;

/** How numbers and times read in the report: clock times for seconds, a dash for "not assessed". */
final class DisplayFormat {
    static final String NOT_ASSESSED = "–";

    private DisplayFormat() {
    }

    /** Seconds from the recording start as {@code m:ss} or {@code h:mm:ss}. */
    static String clock(double sec) {
        if (!Double.isFinite(sec)) {
            return NOT_ASSESSED;
        }
        long total = Math.round(sec);
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** {@code value} with {@code decimals} decimals, or a dash when it could not be assessed. */
    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : NOT_ASSESSED;
    }

    /** A 0..1 fraction as a whole percentage. */
    static String percent(double fraction) {
        return Double.isFinite(fraction) ? Math.round(fraction * 100) + " %" : NOT_ASSESSED;
    }

    /** A duration in seconds as "42 s" or "3.5 min". */
    static String duration(double sec) {
        if (!Double.isFinite(sec)) {
            return NOT_ASSESSED;
        }
        return sec < 120 ? Math.round(sec) + " s" : String.format(Locale.ROOT, "%.1f min", sec / 60);
    }

    /** An episode metric in its unit: durations, z and indices with two decimals, shares as percent, lists joined. */
    static String metric(EpisodeMetric metric, EpisodeMetrics m) {
        return switch (metric.unit()) {
            case SECONDS -> duration(metric.value(m));
            case Z, INDEX -> number(metric.value(m), 2);
            case FRACTION -> percent(metric.value(m));
            case LIST -> String.join(", ", metric.names(m));
        };
    }
}
