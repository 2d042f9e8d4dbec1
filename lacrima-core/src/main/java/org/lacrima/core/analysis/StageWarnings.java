package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * The warnings of a session's stages: lines as they come (without repeats), and the stretches left out of a channel
 * (motion, talking, a calibration signal ...), which are summed up per channel and reason. A wrist session has a
 * brief arm movement every couple of minutes: listed one by one they buried what a reader needs ("EDA: motion" thirty
 * times over), so a reason that recurs more than {@value #LISTED} times on a channel gives one line with how often and
 * how long in all.
 */
final class StageWarnings {
    /** Stretches of one channel and reason listed one by one; more are summed up in one line. */
    static final int LISTED = 3;

    private final Set<String> lines = new LinkedHashSet<>();
    private final Set<BadInterval> stretches = new LinkedHashSet<>();

    /** Adds warning lines (repeats are dropped). */
    void add(Collection<String> warnings) {
        lines.addAll(warnings);
    }

    /** Adds stretches left out of a channel (a stretch seen again is dropped). */
    void addStretches(Collection<BadInterval> bad) {
        stretches.addAll(bad);
    }

    /**
     * Adds stretches that later blocks may see more of (a walk still going on when its first block was analysed):
     * one that overlaps a stretch of the same channel and reason already listed is merged into it, so that each is
     * listed once, as far as it was seen.
     */
    void addGrowingStretches(Collection<BadInterval> bad) {
        for (BadInterval b : bad) {
            BadInterval merged = b;
            for (java.util.Iterator<BadInterval> it = stretches.iterator(); it.hasNext();) {
                BadInterval seen = it.next();
                if (seen.channel().equals(b.channel()) && seen.reason() == b.reason()
                        && seen.overlaps(merged.startSec(), merged.endSec())) {
                    merged = new BadInterval(b.channel(), Math.min(seen.startSec(), merged.startSec()),
                            Math.max(seen.endSec(), merged.endSec()), b.reason());
                    it.remove();
                }
            }
            stretches.add(merged);
        }
    }

    /** The lines, then one line per stretch, or per channel and reason when it recurs more than {@link #LISTED} times. */
    List<String> lines() {
        List<String> out = new ArrayList<>(lines);
        Map<String, List<BadInterval>> byKind = new LinkedHashMap<>();
        for (BadInterval b : stretches) {
            byKind.computeIfAbsent(b.channel() + '\u0000' + b.reason(), k -> new ArrayList<>()).add(b);
        }
        for (List<BadInterval> kind : byKind.values()) {
            if (kind.size() <= LISTED) {
                kind.forEach(b -> out.add(b.describe()));
            } else {
                out.add(summary(kind));
            }
        }
        return out;
    }

    /** E.g. "EDA: motion in 29 stretches, 2.9 min in all, between 138.0 and 2247.0 s". */
    private static String summary(List<BadInterval> kind) {
        BadInterval first = kind.get(0);
        QualityIssue reason = first.reason();
        double total = 0;
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (BadInterval b : kind) {
            total += b.durationSec();
            from = Math.min(from, b.startSec());
            to = Math.max(to, b.endSec());
        }
        String length = total >= 120 ? String.format(Locale.ROOT, "%.1f min", total / 60)
                : String.format(Locale.ROOT, "%.0f s", total);
        return String.format(Locale.ROOT, "%s: %s in %d stretches, %s in all, between %.1f and %.1f s", first.channel(),
                reason.description(), kind.size(), length, from, to);
    }
}
