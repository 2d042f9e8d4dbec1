package org.lacrima.app.live;

/** A connected socket of a live session (the sending source, the page, or both). */
public interface LivePeer {
    /** Sends one JSON text message; must not throw (a closed socket ignores it). */
    void send(String json);
}
