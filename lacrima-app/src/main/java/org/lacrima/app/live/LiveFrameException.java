package org.lacrima.app.live;

/** A message of the live protocol that cannot be used; the text says why, for the sender. */
public final class LiveFrameException extends Exception {
    public LiveFrameException(String message) {
        super(message);
    }
}
