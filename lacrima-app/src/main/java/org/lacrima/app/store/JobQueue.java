package org.lacrima.app.store;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.lacrima.core.episode.Episode;

/**
 * The analysis queue as the worker sees it: unscoped, because the worker acts for every clinician.
 * The web layer never gets this object; it sees jobs through {@link JobRecords}, scoped by clinician.
 */
public final class JobQueue {
    /** A job interrupted this many times (e.g. the server killed each time) is failed, not retried forever. */
    static final int MAX_ATTEMPTS = 3;
    static final String COLUMNS = "j.id, j.session_id, j.state, j.progress, j.stage, j.message, j.settings_json, "
            + "j.attempts, j.created_at, j.started_at, j.finished_at";
    static final RowMapper<Job> MAPPER = (rs, ctx) -> new Job(rs.getString("id"), rs.getString("session_id"),
            rs.getString("state"), rs.getDouble("progress"), rs.getString("stage"), rs.getString("message"),
            rs.getString("settings_json"), rs.getInt("attempts"), rs.getLong("created_at"),
            SqlValues.longOrNull(rs, "started_at"), SqlValues.longOrNull(rs, "finished_at"));

    private final Jdbi jdbi;
    private final Clock clock;

    JobQueue(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    static Job insert(Handle h, String sessionId, String settingsJson, long now) {
        String id = RandomIds.id();
        h.createUpdate("INSERT INTO jobs (id, session_id, state, progress, stage, message, settings_json, attempts, "
                        + "created_at, queued_at) VALUES (:id, :sid, :state, 0, 'waiting in the queue', NULL, :settings, 0, "
                        + ":now, :now)")
                .bind("id", id).bind("sid", sessionId).bind("state", Job.QUEUED).bind("settings", settingsJson)
                .bind("now", now).execute();
        return new Job(id, sessionId, Job.QUEUED, 0, "waiting in the queue", null, settingsJson, 0, now, null, null);
    }

    /** A job that failed before it could run (its upload was refused); it never enters the queue. */
    static Job insertFailed(Handle h, String sessionId, String settingsJson, String reason, long now) {
        String id = RandomIds.id();
        h.createUpdate("INSERT INTO jobs (id, session_id, state, progress, stage, message, settings_json, attempts, "
                        + "created_at, finished_at) VALUES (:id, :sid, :state, 0, 'failed', :msg, :settings, 0, :now, :now)")
                .bind("id", id).bind("sid", sessionId).bind("state", Job.FAILED).bind("msg", reason)
                .bind("settings", settingsJson).bind("now", now).execute();
        return new Job(id, sessionId, Job.FAILED, 0, "failed", reason, settingsJson, 0, now, null, now);
    }

    /**
     * Run at start-up: jobs left {@code running} by a crash go to the back of the queue (or fail after
     * {@value #MAX_ATTEMPTS} attempts, each start of a run counting as one). At the back, a job that
     * crashed the server runs after everyone else's that were waiting, not first again.
     * Returns how many were re-queued.
     */
    public int requeueInterrupted() {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE jobs SET state = :failed, stage = 'failed', finished_at = :now, "
                            + "message = 'the analysis stopped the server " + MAX_ATTEMPTS + " times; it is not "
                            + "retried (the file may be damaged or too large to analyse)' "
                            + "WHERE state = :running AND attempts >= :max")
                    .bind("failed", Job.FAILED).bind("now", now).bind("running", Job.RUNNING)
                    .bind("max", MAX_ATTEMPTS).execute();
            return h.createUpdate("UPDATE jobs SET state = :queued, progress = 0, queued_at = :now, "
                            + "stage = 'waiting in the queue (restarted)' WHERE state = :running")
                    .bind("queued", Job.QUEUED).bind("now", now).bind("running", Job.RUNNING).execute();
        });
    }

    /**
     * Puts a running job back at the end of the queue without counting the attempt, e.g. when the
     * database went away while it ran: the file was not at fault.
     */
    public void putBack(String jobId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE jobs SET state = :queued, progress = 0, queued_at = :now, "
                        + "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, "
                        + "stage = 'waiting in the queue (the database was unreachable)' "
                        + "WHERE id = :id AND state = :running")
                .bind("queued", Job.QUEUED).bind("now", clock.millis()).bind("id", jobId)
                .bind("running", Job.RUNNING).execute());
    }

    /** Takes the job longest in the queue, marking it running; empty when the queue is empty. */
    public Optional<Job> claimNext() {
        while (true) {
            Optional<Job> next = jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                            + " FROM jobs j WHERE j.state = :queued ORDER BY j.queued_at, j.id")
                    .bind("queued", Job.QUEUED).setMaxRows(1).map(MAPPER).findFirst());
            if (next.isEmpty()) {
                return next;
            }
            long now = clock.millis();
            // Compare-and-set on the state, so two workers (or two servers on one PostgreSQL) never share a job. The
            // claim and the read of the claimed job are one transaction: a connection lost between them (a database
            // outage) must leave the job queued, not 'running' with no worker holding it until the next restart.
            Optional<Job> claimed = jdbi.inTransaction(h -> h.createUpdate("UPDATE jobs SET state = :running, "
                            + "started_at = :now, attempts = attempts + 1, progress = 0.02, stage = 'starting' "
                            + "WHERE id = :id AND state = :queued")
                    .bind("running", Job.RUNNING).bind("now", now).bind("id", next.get().id())
                    .bind("queued", Job.QUEUED).execute() == 1 ? find(h, next.get().id()) : Optional.<Job>empty());
            if (claimed.isPresent()) {
                return claimed;
            }
        }
    }

    /** Reports progress (0..1) and the current stage. */
    public void progress(String jobId, double fraction, String stage) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE jobs SET progress = :p, stage = :stage WHERE id = :id")
                .bind("p", fraction).bind("stage", stage).bind("id", jobId).execute());
    }

    /** Marks a job failed with a one-line reason fit for the user. */
    public void fail(String jobId, String message) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE jobs SET state = :failed, stage = 'failed', message = :msg, "
                        + "finished_at = :now WHERE id = :id")
                .bind("failed", Job.FAILED).bind("msg", message).bind("now", clock.millis()).bind("id", jobId)
                .execute());
    }

    /** The files and marked events a job's session needs. */
    public SessionMaterials materials(String sessionId) {
        return jdbi.withHandle(h -> {
            String formatHint = h.createQuery("SELECT format_hint FROM therapy_sessions WHERE id = :id")
                    .bind("id", sessionId).mapTo(String.class).findOne().orElse(null);
            return new SessionMaterials(formatHint, SessionRecords.files(h, sessionId),
                    EventRecords.list(h, sessionId));
        });
    }

    /**
     * Stores a finished analysis and its episodes, makes it the session's current one and marks the
     * job done, all in one transaction.
     */
    public void complete(String jobId, String sessionId, String settingsJson, double durationSec,
                         String documentJson, List<Episode> episodes) {
        complete(jobId, sessionId, settingsJson, durationSec, documentJson, episodes, null);
    }

    /**
     * As {@link #complete(String, String, String, double, String, List)}, also keeping when the recording
     * says it started.
     *
     * @param recordingStart the start time read from the file (local time as the file gives it), or null
     *                       when the file does not say; a known start is never overwritten by an unknown one
     */
    public void complete(String jobId, String sessionId, String settingsJson, double durationSec,
                         String documentJson, List<Episode> episodes, LocalDateTime recordingStart) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            String analysisId = RandomIds.id();
            h.createUpdate("INSERT INTO analyses (id, session_id, job_id, settings_json, duration_sec, document_json, "
                            + "created_at) VALUES (:id, :sid, :jid, :settings, :dur, :doc, :now)")
                    .bind("id", analysisId).bind("sid", sessionId).bind("jid", jobId).bind("settings", settingsJson)
                    .bind("dur", SqlValues.toSql(durationSec)).bind("doc", documentJson).bind("now", now).execute();
            AnalysisRecords.insertEpisodes(h, analysisId, episodes);
            h.createUpdate("UPDATE therapy_sessions SET latest_analysis_id = :aid, "
                            + "recording_start = COALESCE(:start, recording_start) WHERE id = :sid")
                    .bind("aid", analysisId).bind("sid", sessionId)
                    .bind("start", recordingStart == null ? null : recordingStart.toString()).execute();
            h.createUpdate("UPDATE jobs SET state = :done, progress = 1, stage = 'done', message = NULL, "
                            + "finished_at = :now WHERE id = :id")
                    .bind("done", Job.DONE).bind("now", now).bind("id", jobId).execute();
        });
    }

    /** A job by id (unscoped; for the worker and tests). */
    public Optional<Job> find(String jobId) {
        return jdbi.withHandle(h -> find(h, jobId));
    }

    private static Optional<Job> find(Handle h, String jobId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM jobs j WHERE j.id = :id").bind("id", jobId)
                .map(MAPPER).findOne();
    }

    /** What the worker needs to run a session's analysis. */
    public record SessionMaterials(String formatHint, List<SessionFile> files, List<SessionEvent> events) {
    }
}
