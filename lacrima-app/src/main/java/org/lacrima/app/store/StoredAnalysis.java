package org.lacrima.app.store;

/** A finished analysis: the settings it ran with and the document the session page draws. */
public record StoredAnalysis(String id, String sessionId, String jobId, String settingsJson, String documentJson,
                             long createdAtMillis) {
}
