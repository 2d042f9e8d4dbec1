package org.lacrima.app.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.Outcome;

/** One clinician's analysis results and client histories; scoped by clinician. */
public final class AnalysisRecords {
    /**
     * The episode metrics the history across sessions keeps as columns of {@code episodes}, by the metric definition
     * (every metric is in the stored analysis document; a metric added here needs a migration adding its column).
     */
    static final Map<EpisodeMetric, String> METRIC_COLUMNS = metricColumns();

    private final Jdbi jdbi;
    private final String clinicianId;

    AnalysisRecords(Jdbi jdbi, String clinicianId) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
    }

    /** The current analysis of a session, if one finished and the session is this clinician's. */
    public Optional<StoredAnalysis> current(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.session_id, a.job_id, a.settings_json, "
                        + "a.document_json, a.created_at FROM analyses a JOIN therapy_sessions s "
                        + "ON s.latest_analysis_id = a.id WHERE s.id = :sid AND s.clinician_id = :cid")
                .bind("sid", sessionId).bind("cid", clinicianId)
                .map((rs, ctx) -> new StoredAnalysis(rs.getString("id"), rs.getString("session_id"),
                        rs.getString("job_id"), rs.getString("settings_json"), rs.getString("document_json"),
                        rs.getLong("created_at")))
                .findOne());
    }

    /** A client's sessions in order, each with what its current analysis found. */
    public List<SessionHistory> history(String clientId) {
        return jdbi.withHandle(h -> {
            List<SessionRecordsRow> sessions = h.createQuery("SELECT s.id, s.title, s.recorded_on, s.recording_start, s.created_at, "
                            + "s.distress_before, s.distress_after, s.latest_analysis_id, a.duration_sec, "
                            + "(SELECT j.state FROM jobs j WHERE j.session_id = s.id "
                            + "ORDER BY j.created_at DESC, j.id LIMIT 1) AS job_state, "
                            + "(SELECT j.message FROM jobs j WHERE j.session_id = s.id "
                            + "ORDER BY j.created_at DESC, j.id LIMIT 1) AS job_message "
                            + "FROM therapy_sessions s LEFT JOIN analyses a ON a.id = s.latest_analysis_id "
                            + "WHERE s.clinician_id = :cid AND s.client_id = :client "
                            + "ORDER BY s.created_at, s.id")
                    .bind("cid", clinicianId).bind("client", clientId)
                    .map((rs, ctx) -> new SessionRecordsRow(rs.getString("id"), rs.getString("title"),
                            rs.getString("recorded_on"), rs.getLong("created_at"),
                            RecordingDate.of(rs.getString("recorded_on"), rs.getString("recording_start"),
                                    rs.getLong("created_at")),
                            SqlValues.intOrNull(rs, "distress_before"), SqlValues.intOrNull(rs, "distress_after"),
                            rs.getString("latest_analysis_id"), rs.getString("job_state"), rs.getString("job_message"),
                            nullable(SqlValues.doubleOrNaN(rs, "duration_sec"))))
                    .list().stream()
                    .sorted(Comparator.comparing(SessionRecordsRow::recordingDate, RecordingDate.CHRONOLOGICAL))
                    .toList();
            Map<String, List<EpisodeSummary>> episodes = episodesByAnalysis(h, clientId);
            List<SessionHistory> out = new ArrayList<>();
            for (SessionRecordsRow s : sessions) {
                List<EpisodeSummary> eps = s.analysisId == null ? List.of()
                        : episodes.getOrDefault(s.analysisId, List.of());
                out.add(new SessionHistory(s.id, s.title, s.recordedOn, s.createdAt, s.recordingDate, s.distressBefore, s.distressAfter,
                        s.analysisId != null, s.jobState, s.jobMessage, s.durationSec, count(eps, Outcome.RESOLVED), count(eps, Outcome.SUSTAINED),
                        count(eps, Outcome.SUBSIDED),
                        eps.stream().map(EpisodeSummary::peakS).filter(v -> v != null)
                                .max(Double::compare).orElse(null),
                        eps.stream().map(EpisodeSummary::vagalRebound).filter(v -> v != null)
                                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null),
                        eps));
            }
            return out;
        });
    }

    private Map<String, List<EpisodeSummary>> episodesByAnalysis(Handle h, String clientId) {
        record Row(String analysisId, EpisodeSummary episode) {
        }
        String metrics = METRIC_COLUMNS.values().stream().map(c -> "e." + c).collect(Collectors.joining(", "));
        return h.createQuery("SELECT e.analysis_id, e.ordinal, e.onset_sec, e.peak_sec, e.outcome, e.interrupted, "
                        + "e.confidence, " + metrics + " FROM episodes e "
                        + "JOIN therapy_sessions s ON s.latest_analysis_id = e.analysis_id "
                        + "WHERE s.clinician_id = :cid AND s.client_id = :client ORDER BY e.ordinal")
                .bind("cid", clinicianId).bind("client", clientId)
                .map((rs, ctx) -> new Row(rs.getString("analysis_id"), new EpisodeSummary(rs.getInt("ordinal"),
                        nullable(SqlValues.doubleOrNaN(rs, "onset_sec")), nullable(SqlValues.doubleOrNaN(rs, "peak_sec")),
                        rs.getString("outcome"), rs.getInt("interrupted") != 0,
                        nullable(SqlValues.doubleOrNaN(rs, "confidence")),
                        nullable(SqlValues.doubleOrNaN(rs, METRIC_COLUMNS.get(EpisodeMetric.PEAK_S))),
                        nullable(SqlValues.doubleOrNaN(rs, METRIC_COLUMNS.get(EpisodeMetric.VAGAL_REBOUND_SIZE))),
                        nullable(SqlValues.doubleOrNaN(rs, METRIC_COLUMNS.get(EpisodeMetric.HALF_RECOVERY_SEC))))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::analysisId,
                        Collectors.mapping(Row::episode, Collectors.toList())));
    }

    static void insertEpisodes(Handle h, String analysisId, List<Episode> episodes) {
        String columns = String.join(", ", METRIC_COLUMNS.values());
        String values = METRIC_COLUMNS.values().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        int ordinal = 1;
        for (Episode e : episodes) {
            var update = h.createUpdate("INSERT INTO episodes (id, analysis_id, ordinal, onset_sec, peak_sec, release_sec, "
                            + "end_sec, outcome, interrupted, confidence, " + columns + ") VALUES (:id, :aid, :ord, :onset, "
                            + ":peak, :release, :end, :outcome, :interrupted, :conf, " + values + ")")
                    .bind("id", RandomIds.id()).bind("aid", analysisId).bind("ord", ordinal++)
                    .bind("onset", SqlValues.toSql(e.onsetSec())).bind("peak", SqlValues.toSql(e.peakSec()))
                    .bind("release", SqlValues.toSql(e.releaseSec())).bind("end", SqlValues.toSql(e.endSec()))
                    .bind("outcome", e.outcome().jsonName()).bind("interrupted", e.interrupted() ? 1 : 0)
                    .bind("conf", SqlValues.toSql(e.confidence()));
            METRIC_COLUMNS.forEach((metric, column) -> update.bind(column, SqlValues.toSql(metric.value(e.metrics()))));
            update.execute();
        }
    }

    private static Map<EpisodeMetric, String> metricColumns() {
        Map<EpisodeMetric, String> columns = new EnumMap<>(EpisodeMetric.class);
        columns.put(EpisodeMetric.PEAK_S, "peak_s");
        columns.put(EpisodeMetric.HALF_RECOVERY_SEC, "half_recovery_sec");
        columns.put(EpisodeMetric.VAGAL_REBOUND_SIZE, "vagal_rebound");
        return Collections.unmodifiableMap(columns);
    }

    private static int count(List<EpisodeSummary> episodes, Outcome outcome) {
        return (int) episodes.stream().filter(e -> outcome.jsonName().equals(e.outcome())).count();
    }

    private static Double nullable(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private record SessionRecordsRow(String id, String title, String recordedOn, long createdAt,
                                     RecordingDate recordingDate,
                                     Integer distressBefore, Integer distressAfter, String analysisId,
                                     String jobState, String jobMessage, Double durationSec) {
    }
}
