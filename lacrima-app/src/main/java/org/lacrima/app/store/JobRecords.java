package org.lacrima.app.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** One clinician's analysis jobs (scoped through the session they belong to). */
public final class JobRecords {
    private static final String SCOPED = "SELECT " + JobQueue.COLUMNS + " FROM jobs j "
            + "JOIN therapy_sessions s ON s.id = j.session_id WHERE s.clinician_id = :cid";

    private final Jdbi jdbi;
    private final String clinicianId;

    JobRecords(Jdbi jdbi, String clinicianId) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
    }

    /** Jobs still queued or running, oldest first. */
    public List<Job> active() {
        return jdbi.withHandle(h -> h.createQuery(SCOPED + " AND j.state IN (:q, :r) ORDER BY j.created_at")
                .bind("cid", clinicianId).bind("q", Job.QUEUED).bind("r", Job.RUNNING)
                .map(JobQueue.MAPPER).list());
    }

    /** The jobs of one session, newest first (empty if the session is not this clinician's). */
    public List<Job> ofSession(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery(SCOPED + " AND j.session_id = :sid ORDER BY j.created_at DESC")
                .bind("cid", clinicianId).bind("sid", sessionId).map(JobQueue.MAPPER).list());
    }

    /** One job, if it belongs to one of this clinician's sessions. */
    public Optional<Job> find(String jobId) {
        return jdbi.withHandle(h -> h.createQuery(SCOPED + " AND j.id = :id").bind("cid", clinicianId)
                .bind("id", jobId).map(JobQueue.MAPPER).findOne());
    }
}
