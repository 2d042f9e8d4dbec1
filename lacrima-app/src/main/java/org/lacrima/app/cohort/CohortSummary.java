package org.lacrima.app.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lacrima.core.episode.Outcome;

/**
 * What a cohort shows per condition — sessions, episodes per hour, the share of episodes with each
 * outcome (each with a session-bootstrap 95 % interval), and the distributions of build-up
 * duration and vagal rebound — and per subject, the course across sessions.
 *
 * @param conditions  one summary per condition, in name order
 * @param subjects    one trajectory per subject, by condition then subject
 */
public record CohortSummary(List<ConditionSummary> conditions, List<SubjectTrajectory> subjects) {

    /**
     * One condition (arm) of the cohort.
     *
     * @param condition       its name
     * @param sessions        recordings analysed
     * @param subjects        distinct subjects
     * @param hours           hours recorded
     * @param episodes        episodes found
     * @param episodesPerHour episodes per recorded hour
     * @param outcomeShares   per outcome name (resolved, sustained, subsided), its share of the episodes
     * @param buildUpSec      build-up durations (onset to peak) of the episodes, seconds
     * @param vagalRebound    vagal rebound sizes (parasympathetic axis after release minus before onset, z units)
     */
    public record ConditionSummary(String condition, int sessions, int subjects, double hours, int episodes,
                                   Bootstrap.Interval episodesPerHour, Map<String, Bootstrap.Interval> outcomeShares,
                                   Distribution buildUpSec, Distribution vagalRebound) {
    }

    /**
     * Values in increasing order, each with the outcome of its episode, and the quartiles a box plot draws.
     *
     * @param sorted   the values, increasing
     * @param outcomes the outcome of the episode of each value
     */
    public record Distribution(double[] sorted, List<String> outcomes) {
        static Distribution of(List<Double> values, List<String> outcomes) {
            Integer[] order = java.util.stream.IntStream.range(0, values.size()).boxed()
                    .filter(i -> Double.isFinite(values.get(i))).sorted(Comparator.comparing(values::get))
                    .toArray(Integer[]::new);
            return new Distribution(Arrays.stream(order).mapToDouble(values::get).toArray(),
                    Arrays.stream(order).map(outcomes::get).toList());
        }

        public double quantile(double p) {
            return Bootstrap.percentile(sorted, p);
        }

        public int count() {
            return sorted.length;
        }
    }

    /**
     * A subject's sessions in order (by date when given, then session label).
     *
     * @param subject   the subject
     * @param condition its condition (the first one seen when a subject changes arm)
     * @param sessions  the sessions in order
     */
    public record SubjectTrajectory(String subject, String condition, List<SessionPoint> sessions) {
    }

    /** One session of a subject's trajectory. */
    public record SessionPoint(String recording, String session, LocalDate date, double episodesPerHour,
                               int episodes, int resolved) {
    }

    /** Summarises the analysed recordings of a cohort. */
    public static CohortSummary of(List<CohortResult> results) {
        Map<String, List<CohortResult>> byCondition = new TreeMap<>();
        for (CohortResult r : results) {
            byCondition.computeIfAbsent(r.entry().condition(), c -> new ArrayList<>()).add(r);
        }
        List<ConditionSummary> conditions = new ArrayList<>();
        byCondition.forEach((condition, rs) -> conditions.add(condition(condition, rs)));
        return new CohortSummary(conditions, trajectories(results));
    }

    private static ConditionSummary condition(String condition, List<CohortResult> rs) {
        int n = rs.size();
        double[] hours = new double[n];
        double[] episodes = new double[n];
        Map<String, double[]> byOutcome = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o.jsonName(), new double[n]);
        }
        List<Double> buildUps = new ArrayList<>();
        List<Double> rebounds = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonNode a = rs.get(i).analysis();
            hours[i] = a.path("recording").path("durationSec").asDouble() / CohortRows.SECONDS_PER_HOUR;
            for (JsonNode e : a.path("episodes")) {
                episodes[i]++;
                double[] counts = byOutcome.computeIfAbsent(e.path("outcome").asText(), k -> new double[n]);
                counts[i]++;
                outcomes.add(e.path("outcome").asText());
                buildUps.add(numberOrNaN(e.path("metrics").path("buildUpSec")));
                rebounds.add(numberOrNaN(e.path("metrics").path("vagalReboundSize")));
            }
        }
        long seed = condition.hashCode();
        Map<String, Bootstrap.Interval> shares = new LinkedHashMap<>();
        byOutcome.forEach((outcome, counts) -> shares.put(outcome,
                Bootstrap.ratio(counts, episodes, seed * 31 + outcome.hashCode())));
        int subjects = (int) rs.stream().map(r -> r.entry().subject()).distinct().count();
        return new ConditionSummary(condition, n, subjects, Arrays.stream(hours).sum(),
                (int) Arrays.stream(episodes).sum(), Bootstrap.ratio(episodes, hours, seed), shares,
                Distribution.of(buildUps, outcomes), Distribution.of(rebounds, outcomes));
    }

    private static List<SubjectTrajectory> trajectories(List<CohortResult> results) {
        Map<String, List<CohortResult>> bySubject = new TreeMap<>();
        for (CohortResult r : results) {
            bySubject.computeIfAbsent(r.entry().subject(), s -> new ArrayList<>()).add(r);
        }
        List<SubjectTrajectory> out = new ArrayList<>();
        bySubject.forEach((subject, rs) -> {
            List<SessionPoint> points = rs.stream()
                    .sorted(Comparator.comparing((CohortResult r) -> r.entry().sessionDate().orElse(LocalDate.MIN))
                            .thenComparing(r -> r.entry().session()).thenComparing(r -> r.entry().name()))
                    .map(CohortSummary::point).toList();
            out.add(new SubjectTrajectory(subject, rs.get(0).entry().condition(), points));
        });
        out.sort(Comparator.comparing(SubjectTrajectory::condition).thenComparing(SubjectTrajectory::subject));
        return out;
    }

    private static SessionPoint point(CohortResult r) {
        JsonNode a = r.analysis();
        double hours = a.path("recording").path("durationSec").asDouble() / CohortRows.SECONDS_PER_HOUR;
        int episodes = a.path("episodes").size();
        int resolved = 0;
        for (JsonNode e : a.path("episodes")) {
            resolved += e.path("outcome").asText().equals(Outcome.RESOLVED.jsonName()) ? 1 : 0;
        }
        return new SessionPoint(r.entry().name(), r.entry().session(), r.entry().sessionDate().orElse(null),
                hours > 0 ? episodes / hours : Double.NaN, episodes, resolved);
    }

    private static double numberOrNaN(JsonNode v) {
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    /** One row per condition, for {@code summary.parquet} and {@code summary.csv}. */
    TableData conditionTable() {
        TableData table = new TableData();
        conditionRows().forEach(table::add);
        table.declare("condition"); // a cohort whose every row failed still gets a (row-less) table
        return table;
    }

    /** The rows of {@code summary.parquet}: one per condition, column → value. */
    public List<Map<String, Object>> conditionRows() {
        List<Map<String, Object>> table = new ArrayList<>();
        for (ConditionSummary c : conditions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("condition", c.condition());
            row.put("sessions", (long) c.sessions());
            row.put("subjects", (long) c.subjects());
            row.put("hours", c.hours());
            row.put("episodes", (long) c.episodes());
            interval(row, "episodesPerHour", c.episodesPerHour());
            c.outcomeShares().forEach((outcome, share) -> interval(row, outcome + "Share", share));
            quartiles(row, "buildUpSec", c.buildUpSec());
            quartiles(row, "vagalReboundSize", c.vagalRebound());
            table.add(row);
        }
        return table;
    }

    /** One row per session of each subject, in trajectory order, for {@code trajectories.parquet}. */
    TableData trajectoryTable() {
        TableData table = new TableData();
        trajectoryRows().forEach(table::add);
        List.of("subject", "condition", "recording").forEach(table::declare);
        return table;
    }

    /** The rows of {@code trajectories.parquet}: one per session of each subject, in trajectory order (dates as {@link LocalDate}). */
    public List<Map<String, Object>> trajectoryRows() {
        List<Map<String, Object>> table = new ArrayList<>();
        for (SubjectTrajectory s : subjects) {
            for (int i = 0; i < s.sessions().size(); i++) {
                SessionPoint p = s.sessions().get(i);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("subject", s.subject());
                row.put("condition", s.condition());
                row.put("order", (long) (i + 1));
                row.put("recording", p.recording());
                row.put("session", p.session());
                row.put("sessionDate", p.date());
                row.put("episodes", (long) p.episodes());
                row.put("resolved", (long) p.resolved());
                row.put("episodesPerHour", finiteOrNull(p.episodesPerHour()));
                table.add(row);
            }
        }
        return table;
    }

    private static void interval(Map<String, Object> row, String name, Bootstrap.Interval i) {
        row.put(name, finiteOrNull(i.estimate()));
        row.put(name + "Low", finiteOrNull(i.low()));
        row.put(name + "High", finiteOrNull(i.high()));
    }

    private static void quartiles(Map<String, Object> row, String name, Distribution d) {
        row.put(name + "Q1", finiteOrNull(d.quantile(0.25)));
        row.put(name + "Median", finiteOrNull(d.quantile(0.5)));
        row.put(name + "Q3", finiteOrNull(d.quantile(0.75)));
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
