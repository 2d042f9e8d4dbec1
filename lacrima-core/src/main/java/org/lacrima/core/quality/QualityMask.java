package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;

/**
 * The bad stretches of one channel (or of an index derived from several channels) over
 * {@code [startSec, endSec)}; everything else is good. Immutable; intervals sorted by start.
 *
 * @param channel  label of the channel (or index) the mask describes
 * @param startSec start of the covered span, seconds from the recording start
 * @param endSec   end of the covered span, seconds from the recording start
 * @param bad      the bad intervals, sorted by start; they may overlap when several reasons apply
 */
public record QualityMask(String channel, double startSec, double endSec, List<BadInterval> bad) {
    public QualityMask {
        Objects.requireNonNull(channel, "channel");
        bad = bad.stream().sorted(Comparator.comparingDouble(BadInterval::startSec)).toList();
    }

    /** A mask with nothing bad. */
    public static QualityMask allGood(String channel, double startSec, double endSec) {
        return new QualityMask(channel, startSec, endSec, List.of());
    }

    /** Whether the instant {@code timeSec} lies in no bad interval. */
    public boolean isGood(double timeSec) {
        for (BadInterval b : bad) {
            if (b.startSec() > timeSec) {
                return true;
            }
            if (timeSec < b.endSec()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [fromSec, toSec)} touches no bad interval. */
    public boolean isGood(double fromSec, double toSec) {
        for (BadInterval b : bad) {
            if (b.startSec() >= toSec) {
                return true;
            }
            if (b.overlaps(fromSec, toSec)) {
                return false;
            }
        }
        return true;
    }

    /** Seconds of {@code [fromSec, toSec)} covered by bad intervals (overlaps counted once). */
    public double badSecondsWithin(double fromSec, double toSec) {
        double total = 0;
        double coveredUpTo = fromSec;
        for (BadInterval b : bad) {
            double s = Math.max(b.startSec(), coveredUpTo);
            double e = Math.min(b.endSec(), toSec);
            if (e > s) {
                total += e - s;
                coveredUpTo = e;
            }
        }
        return total;
    }

    /** Fraction 0..1 of the covered span that is good (1 for an empty span). */
    public double goodFraction() {
        double span = endSec - startSec;
        return span <= 0 ? (bad.isEmpty() ? 1.0 : 0.0) : 1.0 - badSecondsWithin(startSec, endSec) / span;
    }

    /** Whether nothing of the channel can be used: it is too short, or bad from end to end. */
    public boolean unusable() {
        return bad.stream().anyMatch(b -> b.reason() == QualityIssue.TOO_SHORT) || goodFraction() <= 0;
    }

    /** This mask with more bad intervals added (e.g. motion from the accelerometer). */
    public QualityMask with(List<BadInterval> more) {
        List<BadInterval> all = new ArrayList<>(bad);
        all.addAll(more);
        return new QualityMask(channel, startSec, endSec, all);
    }

    /** {@code good[i]} for the grid times {@code gridStartSec + i / gridRateHz}. */
    public boolean[] goodOnGrid(double gridStartSec, double gridRateHz, int length) {
        boolean[] good = new boolean[length];
        java.util.Arrays.fill(good, true);
        for (BadInterval b : bad) {
            int from = (int) Math.max(0, Math.ceil((b.startSec() - gridStartSec) * gridRateHz - 1e-9));
            int to = (int) Math.min(length, Math.ceil((b.endSec() - gridStartSec) * gridRateHz - 1e-9));
            for (int i = from; i < to; i++) {
                good[i] = false;
            }
        }
        return good;
    }

    /** A copy of {@code series} with {@code NaN} wherever this mask is bad. */
    public RegularSeries applyTo(RegularSeries series) {
        if (bad.isEmpty()) {
            return series;
        }
        double[] v = series.values().toArray();
        boolean[] good = goodOnGrid(series.startSec(), series.rateHz(), v.length);
        for (int i = 0; i < v.length; i++) {
            if (!good[i]) {
                v[i] = Double.NaN;
            }
        }
        return new RegularSeries(series.name(), series.unit(), series.startSec(), series.rateHz(), Samples.wrap(v));
    }

    /** One warning line per bad interval, in time order. */
    public List<String> warnings() {
        return bad.stream().map(BadInterval::describe).toList();
    }
}
