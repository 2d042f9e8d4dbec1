package org.lacrima.app.store;

/** A signed-up therapist. Every record a clinician sees hangs off this id. */
public record Clinician(String id, String email, String displayName, long createdAtMillis) {
}
