package org.lacrima.app.store;

/**
 * A live session as recorded: whose it is and where it stands.
 *
 * @param state     {@value #LIVE} while samples may arrive, {@value #ENDED} once stored as a recording
 * @param sessionId the therapy session holding the stored recording, null while live
 */
public record LiveSessionRecord(String id, String clientId, String title, String state, long createdAtMillis,
                                String sessionId) {
    public static final String LIVE = "live";
    public static final String ENDED = "ended";

    public boolean isLive() {
        return LIVE.equals(state);
    }
}
