package org.lacrima.app.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.lacrima.core.model.EventKind;

/** Events a clinician marks on their sessions (interventions, tears, markers, notes); scoped by clinician. */
public final class EventRecords {
    /** The kinds of mark a clinician can set: those of {@link EventKind}, by their JSON names. */
    public static final Set<String> KINDS = Arrays.stream(EventKind.values()).map(EventKind::jsonName)
            .collect(Collectors.toUnmodifiableSet());
    private static final String OWNED_SESSION = "EXISTS (SELECT 1 FROM therapy_sessions s WHERE s.id = :sid "
            + "AND s.clinician_id = :cid)";

    private final Jdbi jdbi;
    private final String clinicianId;
    private final Clock clock;

    EventRecords(Jdbi jdbi, String clinicianId, Clock clock) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
        this.clock = clock;
    }

    /** The marked events of a session in time order (empty if the session is not this clinician's). */
    public List<SessionEvent> ofSession(String sessionId) {
        return jdbi.withHandle(h -> owns(h, sessionId) ? list(h, sessionId) : List.of());
    }

    /** Marks an event; empty if the session is not this clinician's. */
    public Optional<SessionEvent> add(String sessionId, double onsetSec, double durationSec, String kindName,
                                      String label) {
        String kind = canonicalKind(kindName);
        SessionEvent event = new SessionEvent(RandomIds.id(), onsetSec, durationSec, kind, label);
        validate(event);
        return jdbi.inTransaction(h -> {
            if (!owns(h, sessionId)) {
                return Optional.<SessionEvent>empty();
            }
            h.createUpdate("INSERT INTO session_events (id, session_id, onset_sec, duration_sec, kind, label, created_at) "
                            + "VALUES (:id, :sid, :onset, :dur, :kind, :label, :now)")
                    .bind("id", event.id()).bind("sid", sessionId).bind("onset", onsetSec).bind("dur", durationSec)
                    .bind("kind", kind).bind("label", label.strip()).bind("now", clock.millis()).execute();
            return Optional.of(event);
        });
    }

    /** Changes a marked event; empty if it is not on one of this clinician's sessions. */
    public Optional<SessionEvent> update(String sessionId, String eventId, double onsetSec, double durationSec,
                                         String kindName, String label) {
        String kind = canonicalKind(kindName);
        SessionEvent event = new SessionEvent(eventId, onsetSec, durationSec, kind, label);
        validate(event);
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE session_events SET onset_sec = :onset, "
                        + "duration_sec = :dur, kind = :kind, label = :label WHERE id = :id AND session_id = :sid AND "
                        + OWNED_SESSION)
                .bind("onset", onsetSec).bind("dur", durationSec).bind("kind", kind).bind("label", label.strip())
                .bind("id", eventId).bind("sid", sessionId).bind("cid", clinicianId).execute());
        return n == 0 ? Optional.empty() : Optional.of(event);
    }

    /** Removes a marked event; false if it is not on one of this clinician's sessions. */
    public boolean delete(String sessionId, String eventId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM session_events WHERE id = :id AND session_id = :sid AND "
                        + OWNED_SESSION)
                .bind("id", eventId).bind("sid", sessionId).bind("cid", clinicianId).execute()) > 0;
    }

    private boolean owns(Handle h, String sessionId) {
        return h.createQuery("SELECT COUNT(*) FROM therapy_sessions s WHERE s.id = :sid AND s.clinician_id = :cid")
                .bind("sid", sessionId).bind("cid", clinicianId).mapTo(Integer.class).one() > 0;
    }

    /** "topic", the name an earlier page sent for a note, is stored as "note" (migration V32 moved the old rows). */
    private static String canonicalKind(String kind) {
        return kind == null ? null : EventKind.parse(kind).map(EventKind::jsonName).orElse(kind);
    }

    private static void validate(SessionEvent e) {
        if (!Double.isFinite(e.onsetSec()) || e.onsetSec() < 0) {
            throw new IllegalArgumentException("the event time must be zero or more seconds");
        }
        if (!Double.isFinite(e.durationSec()) || e.durationSec() < 0) {
            throw new IllegalArgumentException("the event duration must be zero or more seconds");
        }
        if (!KINDS.contains(e.kind())) {
            throw new IllegalArgumentException("the event kind must be one of " + KINDS);
        }
        if (e.label() == null || e.label().isBlank() || e.label().length() > 200) {
            throw new IllegalArgumentException("the event needs a label of at most 200 characters");
        }
    }

    static List<SessionEvent> list(Handle h, String sessionId) {
        return h.createQuery("SELECT id, onset_sec, duration_sec, kind, label FROM session_events "
                        + "WHERE session_id = :sid ORDER BY onset_sec, created_at")
                .bind("sid", sessionId)
                .map((rs, ctx) -> new SessionEvent(rs.getString("id"), rs.getDouble("onset_sec"),
                        rs.getDouble("duration_sec"), rs.getString("kind"), rs.getString("label")))
                .list();
    }
}
