package org.lacrima.app.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes a session, a client with everything under it, or a whole account, in one transaction each.
 * Returns the stored contents (SHA-256) that no remaining record refers to, for the caller to remove
 * from the content store after the commit: a crash in between leaves an unreferenced file, never a
 * record whose file is gone.
 */
public final class Deletions {
    private final Jdbi jdbi;
    private final String clinicianId;

    Deletions(Jdbi jdbi, String clinicianId) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
    }

    /** Deletes one session of this clinician; empty if there is none with this id. */
    public Optional<Set<String>> session(String sessionId) {
        return jdbi.inTransaction(h -> {
            List<String> ids = h.createQuery("SELECT id FROM therapy_sessions WHERE id = :id AND clinician_id = :cid")
                    .bind("id", sessionId).bind("cid", clinicianId).mapTo(String.class).list();
            return ids.isEmpty() ? Optional.empty() : Optional.of(deleteSessions(h, ids));
        });
    }

    /** Deletes a client of this clinician with all its sessions; empty if there is none with this id. */
    public Optional<Set<String>> client(String clientId) {
        return jdbi.inTransaction(h -> {
            boolean owned = h.createQuery("SELECT COUNT(*) FROM clients WHERE id = :id AND clinician_id = :cid")
                    .bind("id", clientId).bind("cid", clinicianId).mapTo(Integer.class).one() > 0;
            if (!owned) {
                return Optional.empty();
            }
            Set<String> orphans = deleteSessions(h, h.createQuery("SELECT id FROM therapy_sessions "
                            + "WHERE client_id = :client AND clinician_id = :cid")
                    .bind("client", clientId).bind("cid", clinicianId).mapTo(String.class).list());
            h.createUpdate("DELETE FROM clients WHERE id = :id AND clinician_id = :cid")
                    .bind("id", clientId).bind("cid", clinicianId).execute();
            return Optional.of(orphans);
        });
    }

    /** Deletes the account with all its clients, sessions, sign-ins and sign-in records. */
    public Set<String> account() {
        return jdbi.inTransaction(h -> {
            Set<String> orphans = deleteSessions(h, h.createQuery("SELECT id FROM therapy_sessions WHERE clinician_id = :cid")
                    .bind("cid", clinicianId).mapTo(String.class).list());
            String email = h.createQuery("SELECT email FROM clinicians WHERE id = :cid").bind("cid", clinicianId)
                    .mapTo(String.class).findOne().orElse("");
            for (String table : List.of("clients", "login_sessions", "known_addresses")) {
                h.createUpdate("DELETE FROM " + table + " WHERE clinician_id = :cid").bind("cid", clinicianId).execute();
            }
            h.createUpdate("DELETE FROM sign_in_failures WHERE email = :e").bind("e", email).execute();
            h.createUpdate("DELETE FROM clinicians WHERE id = :cid").bind("cid", clinicianId).execute();
            return orphans;
        });
    }

    /** Deletes the sessions and every row under them; returns their contents nothing else refers to. */
    private static Set<String> deleteSessions(Handle h, List<String> sessionIds) {
        Set<String> contents = new HashSet<>();
        for (String sid : sessionIds) {
            contents.addAll(h.createQuery("SELECT sha256 FROM session_files WHERE session_id = :sid")
                    .bind("sid", sid).mapTo(String.class).list());
            h.createUpdate("DELETE FROM episodes WHERE analysis_id IN (SELECT id FROM analyses WHERE session_id = :sid)")
                    .bind("sid", sid).execute();
            for (String table : List.of("analyses", "jobs", "session_events", "session_files")) {
                h.createUpdate("DELETE FROM " + table + " WHERE session_id = :sid").bind("sid", sid).execute();
            }
            h.createUpdate("DELETE FROM therapy_sessions WHERE id = :sid").bind("sid", sid).execute();
        }
        Set<String> orphans = new HashSet<>();
        for (String sha : contents) {
            boolean stillUsed = h.createQuery("SELECT COUNT(*) FROM session_files WHERE sha256 = :sha")
                    .bind("sha", sha).mapTo(Integer.class).one() > 0;
            if (!stillUsed) {
                orphans.add(sha);
            }
        }
        return orphans;
    }
}
