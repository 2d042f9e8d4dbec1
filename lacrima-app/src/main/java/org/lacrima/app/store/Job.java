package org.lacrima.app.store;

/**
 * An analysis job in the persistent queue.
 *
 * @param state    {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param progress 0..1
 * @param stage    what it is doing now, in words
 * @param message  why it failed (one line, fit for the user), or null
 */
public record Job(String id, String sessionId, String state, double progress, String stage, String message,
                  String settingsJson, int attempts, long createdAtMillis, Long startedAtMillis,
                  Long finishedAtMillis) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    /** Whether it is still waiting or running. */
    public boolean active() {
        return QUEUED.equals(state) || RUNNING.equals(state);
    }
}
