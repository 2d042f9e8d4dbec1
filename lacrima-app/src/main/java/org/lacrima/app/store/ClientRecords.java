package org.lacrima.app.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** One clinician's clients. Every statement is scoped by the clinician id given at construction. */
public final class ClientRecords {
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = "SELECT c.id, c.code, c.note, c.created_at, "
            + "(SELECT COUNT(*) FROM therapy_sessions s WHERE s.client_id = c.id AND s.clinician_id = c.clinician_id) "
            + "AS session_count FROM clients c WHERE c.clinician_id = :cid";
    private static final RowMapper<Client> MAPPER = (rs, ctx) -> new Client(rs.getString("id"), rs.getString("code"),
            rs.getString("note"), rs.getLong("created_at"), rs.getInt("session_count"));

    private final Jdbi jdbi;
    private final String clinicianId;
    private final Clock clock;

    ClientRecords(Jdbi jdbi, String clinicianId, Clock clock) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
        this.clock = clock;
    }

    /** All clients, by code. */
    public List<Client> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY c.code").bind("cid", clinicianId)
                .map(MAPPER).list());
    }

    /** One client, if it is this clinician's. */
    public Optional<Client> find(String clientId) {
        return jdbi.withHandle(h -> find(h, clientId));
    }

    /**
     * Adds a client. A blank code gets a generated pseudonym such as {@code C-7KQ2}.
     *
     * @return empty if this clinician already has a client with that code
     */
    public Optional<Client> create(String code, String note) {
        String wanted = code == null ? "" : code.strip();
        if (wanted.length() > 40) {
            throw new IllegalArgumentException("a client code has at most 40 characters");
        }
        return jdbi.inTransaction(h -> {
            String chosen = wanted.isEmpty() ? freshCode(h) : wanted;
            if (codeTaken(h, chosen)) {
                return Optional.empty();
            }
            String id = RandomIds.id();
            h.createUpdate("INSERT INTO clients (id, clinician_id, code, note, created_at) "
                            + "VALUES (:id, :cid, :code, :note, :at)")
                    .bind("id", id).bind("cid", clinicianId).bind("code", chosen)
                    .bind("note", note == null ? "" : note.strip()).bind("at", clock.millis()).execute();
            return find(h, id);
        });
    }

    /** Changes the note of a client; empty if it is not this clinician's. */
    public Optional<Client> updateNote(String clientId, String note) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE clients SET note = :note WHERE id = :id AND clinician_id = :cid")
                    .bind("note", note == null ? "" : note.strip()).bind("id", clientId).bind("cid", clinicianId)
                    .execute();
            return n == 0 ? Optional.<Client>empty() : find(h, clientId);
        });
    }

    private Optional<Client> find(Handle h, String clientId) {
        return h.createQuery(SELECT + " AND c.id = :id").bind("cid", clinicianId).bind("id", clientId)
                .map(MAPPER).findOne();
    }

    private boolean codeTaken(Handle h, String code) {
        return h.createQuery("SELECT COUNT(*) FROM clients WHERE clinician_id = :cid AND code = :code")
                .bind("cid", clinicianId).bind("code", code).mapTo(Integer.class).one() > 0;
    }

    private String freshCode(Handle h) {
        while (true) {
            StringBuilder sb = new StringBuilder("C-");
            for (int i = 0; i < 4; i++) {
                sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (!codeTaken(h, sb.toString())) {
                return sb.toString();
            }
        }
    }
}
