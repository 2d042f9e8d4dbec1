package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Detected episodes scored against the truth. A detection matches a true episode when its peak lies
 * between the true onset and end (widened by {@value #SLACK_SEC} s, since the indices lag the latent
 * arousal); each true episode takes the detection with the nearest peak; the rest are false detections.
 */
final class EpisodeScore {
    static final double SLACK_SEC = 60;

    int truePositives;
    int missed;
    int falseDetections;
    int interruptedRight;
    final Map<Outcome, Map<Outcome, Integer>> confusion = new EnumMap<>(Outcome.class);
    final List<Double> resolvedPeakErrorsSec = new ArrayList<>();

    EpisodeScore() {
        for (Outcome t : Outcome.values()) {
            Map<Outcome, Integer> row = new EnumMap<>(Outcome.class);
            for (Outcome d : Outcome.values()) {
                row.put(d, 0);
            }
            confusion.put(t, row);
        }
    }

    /** Scores one session. */
    void add(List<TrueEpisode> truth, List<Episode> found) {
        List<Episode> left = new ArrayList<>(found);
        for (TrueEpisode t : truth) {
            Episode best = null;
            for (Episode e : left) {
                boolean inside = e.peakSec() >= t.onsetSec() - SLACK_SEC && e.peakSec() <= t.endSec() + SLACK_SEC;
                if (inside && (best == null || Math.abs(e.peakSec() - t.peakSec()) < Math.abs(best.peakSec() - t.peakSec()))) {
                    best = e;
                }
            }
            if (best == null) {
                missed++;
                continue;
            }
            left.remove(best);
            truePositives++;
            confusion.get(t.outcome()).merge(best.outcome(), 1, Integer::sum);
            if (best.interrupted() == t.interrupted()) {
                interruptedRight++;
            }
            if (t.outcome() == Outcome.RESOLVED) {
                resolvedPeakErrorsSec.add(Math.abs(best.peakSec() - t.peakSec()));
            }
        }
        falseDetections += left.size();
    }

    void addAll(EpisodeScore other) {
        truePositives += other.truePositives;
        missed += other.missed;
        falseDetections += other.falseDetections;
        interruptedRight += other.interruptedRight;
        other.confusion.forEach((t, row) -> row.forEach((d, n) -> confusion.get(t).merge(d, n, Integer::sum)));
        resolvedPeakErrorsSec.addAll(other.resolvedPeakErrorsSec);
    }

    double f1() {
        double denominator = 2.0 * truePositives + missed + falseDetections;
        return denominator == 0 ? 1 : 2.0 * truePositives / denominator;
    }

    double outcomeAccuracy() {
        int right = 0;
        for (Outcome o : Outcome.values()) {
            right += confusion.get(o).get(o);
        }
        return truePositives == 0 ? 1 : (double) right / truePositives;
    }

    double medianResolvedPeakErrorSec() {
        List<Double> sorted = resolvedPeakErrorsSec.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "detection: %d matched, %d missed, %d false -> F1 %.3f; outcome accuracy %.3f; "
                        + "interrupted right %d/%d; median |peak error| resolved %.1f s (n=%d)%n",
                truePositives, missed, falseDetections, f1(), outcomeAccuracy(), interruptedRight, truePositives,
                medianResolvedPeakErrorSec(), resolvedPeakErrorsSec.size()));
        sb.append(String.format(Locale.ROOT, "%-12s %10s %10s %10s%n", "true\\found", "resolved", "sustained", "subsided"));
        for (Outcome t : Outcome.values()) {
            sb.append(String.format(Locale.ROOT, "%-12s %10d %10d %10d%n", t.jsonName(), confusion.get(t).get(Outcome.RESOLVED),
                    confusion.get(t).get(Outcome.SUSTAINED), confusion.get(t).get(Outcome.SUBSIDED)));
        }
        return sb.toString();
    }
}
