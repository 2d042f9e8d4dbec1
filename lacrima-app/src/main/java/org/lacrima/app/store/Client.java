package org.lacrima.app.store;

/**
 * A client, known by a pseudonymous code (no names by default).
 *
 * @param sessionCount number of therapy sessions recorded for the client
 */
public record Client(String id, String code, String note, long createdAtMillis, int sessionCount) {
}
