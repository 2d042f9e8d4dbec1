package org.lacrima.app.store;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** One clinician's therapy sessions and their uploaded files. Every statement is scoped by clinician. */
public final class SessionRecords {
    private static final String SELECT = "SELECT id, client_id, title, recorded_on, format_hint, notes, "
            + "distress_before, distress_after, latest_analysis_id, created_at, recording_start FROM therapy_sessions "
            + "WHERE clinician_id = :cid";
    private static final RowMapper<TherapySession> MAPPER = (rs, ctx) -> new TherapySession(rs.getString("id"),
            rs.getString("client_id"), rs.getString("title"), rs.getString("recorded_on"),
            rs.getString("format_hint"), rs.getString("notes"), SqlValues.intOrNull(rs, "distress_before"),
            SqlValues.intOrNull(rs, "distress_after"), rs.getString("latest_analysis_id"), rs.getLong("created_at"), rs.getString("recording_start"),
            RecordingDate.of(rs.getString("recorded_on"), rs.getString("recording_start"), rs.getLong("created_at")));

    private final Jdbi jdbi;
    private final String clinicianId;
    private final Clock clock;

    SessionRecords(Jdbi jdbi, String clinicianId, Clock clock) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
        this.clock = clock;
    }

    /** The sessions of a client, oldest recording first (empty if the client is not this clinician's). */
    public List<TherapySession> ofClient(String clientId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " AND client_id = :client ORDER BY created_at, id")
                .bind("cid", clinicianId).bind("client", clientId).map(MAPPER).list()).stream()
                .sorted(Comparator.comparing(TherapySession::recordingDate, RecordingDate.CHRONOLOGICAL))
                .toList();
    }

    /**
     * Sets the day a session was recorded, or clears it (null) so the recording's own start time, or
     * else "unknown", applies again; empty if the session is not this clinician's.
     *
     * @param recordedOn an ISO date (yyyy-MM-dd), or null
     */
    public Optional<TherapySession> redate(String sessionId, String recordedOn) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE therapy_sessions SET recorded_on = :on WHERE id = :id AND clinician_id = :cid")
                    .bind("on", recordedOn).bind("id", sessionId).bind("cid", clinicianId).execute();
            return n == 0 ? Optional.<TherapySession>empty() : find(h, sessionId);
        });
    }

    /** One session, if it is this clinician's. */
    public Optional<TherapySession> find(String sessionId) {
        return jdbi.withHandle(h -> find(h, sessionId));
    }

    /** The uploaded files of a session (empty if the session is not this clinician's). */
    public List<SessionFile> files(String sessionId) {
        return jdbi.withHandle(h -> find(h, sessionId).map(s -> files(h, sessionId)).orElse(List.of()));
    }

    /** Bytes of uploads this clinician's sessions hold (what counts against the storage quota). */
    public long storedBytes() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(f.size_bytes), 0) FROM session_files f "
                        + "JOIN therapy_sessions s ON s.id = f.session_id WHERE s.clinician_id = :cid")
                .bind("cid", clinicianId).mapTo(Long.class).one());
    }

    /** One uploaded file, if its session is this clinician's. */
    public Optional<SessionFile> file(String sessionId, String fileId) {
        return files(sessionId).stream().filter(f -> f.id().equals(fileId)).findFirst();
    }

    /**
     * Records an upload whose bytes are already in the content store: the session, its files and its
     * first analysis job, in one transaction.
     *
     * @return empty if the client is not this clinician's
     */
    public Optional<Created> create(String clientId, NewSession session, List<NewFile> files, String settingsJson) {
        if (files.stream().noneMatch(f -> SessionFile.RECORDING.equals(f.role()))) {
            throw new IllegalArgumentException("please choose a recording file");
        }
        long now = clock.millis();
        return jdbi.inTransaction(h -> insertSession(h, clientId, session, now).map(id -> {
            for (NewFile f : files) {
                h.createUpdate("INSERT INTO session_files (id, session_id, role, file_name, sha256, size_bytes) "
                                + "VALUES (:id, :sid, :role, :name, :sha, :size)")
                        .bind("id", RandomIds.id()).bind("sid", id).bind("role", f.role()).bind("name", f.fileName())
                        .bind("sha", f.sha256()).bind("size", f.sizeBytes()).execute();
            }
            Job job = JobQueue.insert(h, id, settingsJson, now);
            return new Created(find(h, id).orElseThrow(), job);
        }));
    }

    /**
     * Records an upload that was refused before any byte was stored (e.g. over the size limit): a
     * session without files and a failed job whose message says why, so the refusal stays visible in
     * the client's list.
     *
     * @return empty if the client is not this clinician's
     */
    public Optional<Created> createRefused(String clientId, NewSession session, String settingsJson, String reason) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> insertSession(h, clientId, session, now).map(id ->
                new Created(find(h, id).orElseThrow(), JobQueue.insertFailed(h, id, settingsJson, reason, now))));
    }

    /** Inserts the session row; empty (and nothing written) if the client is not this clinician's. */
    private Optional<String> insertSession(Handle h, String clientId, NewSession session, long now) {
        boolean ownsClient = h.createQuery("SELECT COUNT(*) FROM clients WHERE id = :id AND clinician_id = :cid")
                .bind("id", clientId).bind("cid", clinicianId).mapTo(Integer.class).one() > 0;
        if (!ownsClient) {
            return Optional.empty();
        }
        String id = RandomIds.id();
        h.createUpdate("INSERT INTO therapy_sessions (id, clinician_id, client_id, title, recorded_on, format_hint, "
                        + "notes, distress_before, distress_after, latest_analysis_id, created_at) VALUES (:id, :cid, "
                        + ":client, :title, :on, :format, :notes, :before, :after, NULL, :now)")
                .bind("id", id).bind("cid", clinicianId).bind("client", clientId)
                .bind("title", session.title()).bind("on", session.recordedOn())
                .bind("format", session.formatHint()).bind("notes", session.notes() == null ? "" : session.notes())
                .bind("before", session.distressBefore()).bind("after", session.distressAfter())
                .bind("now", now).execute();
        return Optional.of(id);
    }

    /** Changes notes and self-rated distress; empty if the session is not this clinician's. */
    public Optional<TherapySession> updateNotes(String sessionId, String title, String notes, Integer distressBefore,
                                                Integer distressAfter) {
        NewSession.checkDistress(distressBefore, "before");
        NewSession.checkDistress(distressAfter, "after");
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE therapy_sessions SET title = COALESCE(:title, title), notes = :notes, "
                            + "distress_before = :before, distress_after = :after WHERE id = :id AND clinician_id = :cid")
                    .bind("title", title == null || title.isBlank() ? null : title.strip())
                    .bind("notes", notes == null ? "" : notes).bind("before", distressBefore)
                    .bind("after", distressAfter).bind("id", sessionId).bind("cid", clinicianId).execute();
            return n == 0 ? Optional.<TherapySession>empty() : find(h, sessionId);
        });
    }

    /** Queues another analysis of a session with these settings; empty if it is not this clinician's. */
    public Optional<Job> reanalyse(String sessionId, String settingsJson) {
        return jdbi.inTransaction(h -> find(h, sessionId).map(s -> {
            if (files(h, sessionId).stream().noneMatch(f -> SessionFile.RECORDING.equals(f.role()))) {
                throw new IllegalArgumentException("this session has no stored recording (its upload was refused); "
                        + "please upload the recording again");
            }
            return JobQueue.insert(h, sessionId, settingsJson, clock.millis());
        }));
    }

    private Optional<TherapySession> find(Handle h, String sessionId) {
        return h.createQuery(SELECT + " AND id = :id").bind("cid", clinicianId).bind("id", sessionId)
                .map(MAPPER).findOne();
    }

    static List<SessionFile> files(Handle h, String sessionId) {
        return h.createQuery("SELECT id, role, file_name, sha256, size_bytes FROM session_files "
                        + "WHERE session_id = :sid ORDER BY role DESC, file_name")
                .bind("sid", sessionId)
                .map((rs, ctx) -> new SessionFile(rs.getString("id"), rs.getString("role"), rs.getString("file_name"),
                        rs.getString("sha256"), rs.getLong("size_bytes")))
                .list();
    }

    /** A file of a new upload, already in the content store. */
    public record NewFile(String role, String fileName, String sha256, long sizeBytes) {
    }

    /** A newly recorded session and the job that will analyse it. */
    public record Created(TherapySession session, Job job) {
    }
}
