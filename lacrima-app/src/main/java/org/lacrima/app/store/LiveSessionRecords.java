package org.lacrima.app.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** One clinician's live sessions. Every statement is scoped by the clinician id given at construction. */
public final class LiveSessionRecords {
    private static final String SELECT = "SELECT id, client_id, title, state, created_at, session_id "
            + "FROM live_sessions WHERE clinician_id = :cid";
    private static final RowMapper<LiveSessionRecord> MAPPER = (rs, ctx) -> new LiveSessionRecord(rs.getString("id"),
            rs.getString("client_id"), rs.getString("title"), rs.getString("state"), rs.getLong("created_at"),
            rs.getString("session_id"));

    private final Jdbi jdbi;
    private final String clinicianId;
    private final Clock clock;

    LiveSessionRecords(Jdbi jdbi, String clinicianId, Clock clock) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
        this.clock = clock;
    }

    /**
     * Starts a live session for a client.
     *
     * @return empty if the client is not this clinician's
     */
    public Optional<LiveSessionRecord> create(String clientId, String title) {
        return jdbi.inTransaction(h -> {
            boolean ownsClient = h.createQuery("SELECT COUNT(*) FROM clients WHERE id = :id AND clinician_id = :cid")
                    .bind("id", clientId).bind("cid", clinicianId).mapTo(Integer.class).one() > 0;
            if (!ownsClient) {
                return Optional.empty();
            }
            String id = RandomIds.id();
            h.createUpdate("INSERT INTO live_sessions (id, clinician_id, client_id, title, state, created_at) "
                            + "VALUES (:id, :cid, :client, :title, :state, :now)")
                    .bind("id", id).bind("cid", clinicianId).bind("client", clientId).bind("title", title)
                    .bind("state", LiveSessionRecord.LIVE).bind("now", clock.millis()).execute();
            return find(h, id);
        });
    }

    /** One live session, if it is this clinician's. */
    public Optional<LiveSessionRecord> find(String liveId) {
        return jdbi.withHandle(h -> find(h, liveId));
    }

    /** A client's live sessions, newest first (empty if the client is not this clinician's). */
    public List<LiveSessionRecord> ofClient(String clientId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " AND client_id = :client ORDER BY created_at DESC")
                .bind("cid", clinicianId).bind("client", clientId).map(MAPPER).list());
    }

    /**
     * Marks a live session ended and stored as {@code sessionId}.
     *
     * @return false if it is not this clinician's or was ended already
     */
    public boolean markEnded(String liveId, String sessionId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE live_sessions SET state = :ended, ended_at = :now, "
                        + "session_id = :sid WHERE id = :id AND clinician_id = :cid AND state = :live")
                .bind("ended", LiveSessionRecord.ENDED).bind("now", clock.millis()).bind("sid", sessionId)
                .bind("id", liveId).bind("cid", clinicianId).bind("live", LiveSessionRecord.LIVE).execute() == 1);
    }

    private Optional<LiveSessionRecord> find(Handle h, String liveId) {
        return h.createQuery(SELECT + " AND id = :id").bind("cid", clinicianId).bind("id", liveId).map(MAPPER)
                .findOne();
    }
}
