package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Detected episodes scored bout by bout against the truth, keeping every pairing so the printout can
 * break recall down by build-up, amplitude and gap, and every false episode with the confounders it
 * sits on.
 *
 * <p>A detection can match a true bout when its peak lies between the bout's onset and end, widened by
 * {@value #SLACK_SEC} s (the indices lag the latent arousal) but never past the neighbouring bouts'
 * peaks, so one detection cannot stand for two bouts of a spell. Pairs are taken in order of their
 * peak error, each bout and each detection at most once.
 */
final class BoutScore {
    static final double SLACK_SEC = 60;
    /** A false episode "sits on" a confounder that overlaps its onset-to-end span widened by this, seconds. */
    static final double NEAR_SEC = 60;

    /**
     * One true bout and what became of it.
     *
     * @param truth            the bout
     * @param found            the matched detection, or null when missed
     * @param gapToPreviousSec seconds from the previous true bout's peak to this onset (infinite for the first)
     */
    record Match(TrueEpisode truth, Episode found, double gapToPreviousSec) {
        boolean detected() {
            return found != null;
        }

        double peakErrorSec() {
            return Math.abs(found.peakSec() - truth.peakSec());
        }
    }

    /**
     * A detection without a true bout, the confounder kinds within {@link #NEAR_SEC} of it, and the most
     * likely culprit: the nearest to its onset among the behavioural confounders and electrode settling,
     * else among the beat and wrist artefacts, else null.
     */
    record FalseEpisode(Episode found, Set<ConfounderKind> near, ConfounderKind likely) {
    }

    final List<Match> matches = new ArrayList<>();
    final List<FalseEpisode> falseEpisodes = new ArrayList<>();
    double hours;

    /**
     * One line per device of the suite: precision, recall, outcome accuracy and false episodes of its results, then
     * {@code extra} of its score (empty for nothing more), each line starting with a line break.
     */
    static String perDevice(List<WidenedSuite.Result> results, Function<BoutScore, String> extra) {
        StringBuilder lines = new StringBuilder();
        for (DevicePreset device : WidenedSuite.DEVICES) {
            BoutScore s = of(results.stream().filter(r -> r.sessionCase().device() == device).toList());
            lines.append(String.format(Locale.ROOT, "%n  %-12s P %.3f R %.3f outcome %.3f, false %d%s",
                    device.token(), s.precision(), s.recall(), s.outcomeAccuracy(), s.falseEpisodes.size(),
                    extra.apply(s)));
        }
        return lines.toString();
    }

    /** The score of every session of {@code results}. */
    static BoutScore of(List<WidenedSuite.Result> results) {
        BoutScore score = new BoutScore();
        for (WidenedSuite.Result r : results) {
            score.add(r.truth().episodes(), r.analysis().episodes(), r.truth().confounders(),
                    r.sessionCase().config().durationSec());
        }
        return score;
    }

    /** One binomial standard deviation of a share {@code p} over {@code n} (a known gap's tolerance). */
    static double binomialSd(double p, int n) {
        return Math.sqrt(p * (1 - p) / Math.max(1, n));
    }

    /** Scores one session of {@code durationSec}. */
    void add(List<TrueEpisode> truth, List<Episode> found, List<Confounder> confounders, double durationSec) {
        hours += durationSec / 3600;
        record Pair(int t, int f, double error) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            TrueEpisode bout = truth.get(t);
            double from = bout.onsetSec() - SLACK_SEC;
            double to = bout.endSec() + SLACK_SEC;
            if (t > 0) {
                from = Math.max(from, truth.get(t - 1).peakSec());
            }
            if (t + 1 < truth.size()) {
                to = Math.min(to, truth.get(t + 1).peakSec());
            }
            for (int f = 0; f < found.size(); f++) {
                double peak = found.get(f).peakSec();
                if (peak >= from && peak <= to) {
                    pairs.add(new Pair(t, f, Math.abs(peak - bout.peakSec())));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::error));
        Episode[] matchOf = new Episode[truth.size()];
        boolean[] used = new boolean[found.size()];
        for (Pair p : pairs) {
            if (matchOf[p.t()] == null && !used[p.f()]) {
                matchOf[p.t()] = found.get(p.f());
                used[p.f()] = true;
            }
        }
        for (int t = 0; t < truth.size(); t++) {
            double gap = t == 0 ? Double.POSITIVE_INFINITY : truth.get(t).onsetSec() - truth.get(t - 1).peakSec();
            matches.add(new Match(truth.get(t), matchOf[t], gap));
        }
        for (int f = 0; f < found.size(); f++) {
            if (!used[f]) {
                Episode e = found.get(f);
                Set<ConfounderKind> near = EnumSet.noneOf(ConfounderKind.class);
                Confounder likely = null;
                for (Confounder c : confounders) {
                    if (c.endSec() >= e.onsetSec() - NEAR_SEC && c.startSec() <= e.endSec() + NEAR_SEC) {
                        near.add(c.kind());
                        if (likely == null || rank(c, e) < rank(likely, e)) {
                            likely = c;
                        }
                    }
                }
                falseEpisodes.add(new FalseEpisode(e, near, likely == null ? null : likely.kind()));
            }
        }
    }

    /** Lower is likelier: something the client did (or settling), then the distance to the onset. */
    private static double rank(Confounder c, Episode e) {
        boolean behaviour = c.kind().behavioural() || c.kind() == ConfounderKind.ELECTRODE_SETTLING;
        double distance = e.onsetSec() < c.startSec() ? c.startSec() - e.onsetSec()
                : Math.max(0, e.onsetSec() - c.endSec());
        return (behaviour ? 0 : 1e6) + distance;
    }

    void addAll(BoutScore other) {
        matches.addAll(other.matches);
        falseEpisodes.addAll(other.falseEpisodes);
        hours += other.hours;
    }

    int truePositives() {
        return (int) matches.stream().filter(Match::detected).count();
    }

    double precision() {
        int tp = truePositives();
        return tp + falseEpisodes.size() == 0 ? 1 : (double) tp / (tp + falseEpisodes.size());
    }

    double recall() {
        return recall(m -> true);
    }

    /** Recall among the true bouts that pass {@code which}; NaN when there are none. */
    double recall(Predicate<Match> which) {
        List<Match> selected = matches.stream().filter(which).toList();
        return selected.isEmpty() ? Double.NaN
                : (double) selected.stream().filter(Match::detected).count() / selected.size();
    }

    long count(Predicate<Match> which) {
        return matches.stream().filter(which).count();
    }

    double f1() {
        double denominator = 2.0 * truePositives() + (matches.size() - truePositives()) + falseEpisodes.size();
        return denominator == 0 ? 1 : 2.0 * truePositives() / denominator;
    }

    /** Share of the detected bouts given their true outcome; NaN when none was detected. */
    double outcomeAccuracy() {
        int tp = truePositives();
        long right = matches.stream().filter(m -> m.detected() && m.found().outcome() == m.truth().outcome()).count();
        return tp == 0 ? Double.NaN : (double) right / tp;
    }

    /** Counts of detected bouts by true (row) and detected (column) outcome. */
    Map<Outcome, Map<Outcome, Integer>> confusion() {
        Map<Outcome, Map<Outcome, Integer>> table = new EnumMap<>(Outcome.class);
        for (Outcome t : Outcome.values()) {
            Map<Outcome, Integer> row = new EnumMap<>(Outcome.class);
            for (Outcome d : Outcome.values()) {
                row.put(d, 0);
            }
            table.put(t, row);
        }
        matches.stream().filter(Match::detected)
                .forEach(m -> table.get(m.truth().outcome()).merge(m.found().outcome(), 1, Integer::sum));
        return table;
    }

    /** Median |peak error| in seconds over the detected bouts passing {@code which}; NaN when none. */
    double medianPeakErrorSec(Predicate<Match> which) {
        List<Double> errors = matches.stream().filter(m -> m.detected() && which.test(m)).map(Match::peakErrorSec)
                .sorted().toList();
        int n = errors.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? errors.get(n / 2) : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
    }

    /** Median |onset error| in seconds over the detected bouts; NaN when none. */
    double medianOnsetErrorSec() {
        List<Double> errors = matches.stream().filter(Match::detected)
                .map(m -> Math.abs(m.found().onsetSec() - m.truth().onsetSec())).sorted().toList();
        int n = errors.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? errors.get(n / 2) : (errors.get(n / 2 - 1) + errors.get(n / 2)) / 2;
    }

    /** Share of the detected subsided bouts whose {@code interrupted} flag is right; NaN when none. */
    double interruptedAccuracyOnSubsided() {
        List<Match> subsided = matches.stream()
                .filter(m -> m.detected() && m.truth().outcome() == Outcome.SUBSIDED).toList();
        return subsided.isEmpty() ? Double.NaN : (double) subsided.stream()
                .filter(m -> m.found().interrupted() == m.truth().interrupted()).count() / subsided.size();
    }

    double falseEpisodesPerHour() {
        return hours == 0 ? 0 : falseEpisodes.size() / hours;
    }
}
