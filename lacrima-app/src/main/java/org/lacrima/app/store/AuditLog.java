package org.lacrima.app.store;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Who viewed, uploaded, changed, deleted or exported what, and when; one clinician's entries are
 * readable by that clinician only. Entries outlive the records they name (by id).
 */
public final class AuditLog {
    /** How many entries one read returns at most, newest first. */
    public static final int PAGE = 500;

    private final Jdbi jdbi;
    private final String clinicianId;
    private final Clock clock;

    AuditLog(Jdbi jdbi, String clinicianId, Clock clock) {
        this.jdbi = jdbi;
        this.clinicianId = clinicianId;
        this.clock = clock;
    }

    /**
     * @param action     e.g. {@code viewed}, {@code uploaded}, {@code changed}, {@code deleted}, {@code exported}
     * @param targetType e.g. {@code client}, {@code session}, {@code file}, {@code account}
     * @param address    the source address of the request
     */
    public void record(String action, String targetType, String targetId, String detail, String address) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_log (id, clinician_id, at, action, target_type, target_id, "
                        + "detail, address) VALUES (:id, :cid, :at, :action, :type, :target, :detail, :addr)")
                .bind("id", RandomIds.id()).bind("cid", clinicianId).bind("at", clock.millis()).bind("action", action)
                .bind("type", targetType).bind("target", targetId).bind("detail", detail).bind("addr", address)
                .execute());
    }

    /** The newest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT at, action, target_type, target_id, detail, address "
                        + "FROM audit_log WHERE clinician_id = :cid ORDER BY at DESC, id")
                .bind("cid", clinicianId).setMaxRows(Math.min(limit, PAGE))
                .map((rs, ctx) -> new AuditEntry(rs.getLong("at"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("detail"), rs.getString("address")))
                .list());
    }

    /** One entry; {@code atMillis} epoch milliseconds. */
    public record AuditEntry(long atMillis, String action, String targetType, String targetId, String detail,
                             String address) {
    }
}
