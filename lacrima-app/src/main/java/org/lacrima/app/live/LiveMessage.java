package org.lacrima.app.live;

import java.util.List;
import java.util.Objects;
import org.lacrima.core.model.BodySite;
import org.lacrima.io.ChannelInfo;

/** What a socket may send (docs/live-protocol.md). */
public sealed interface LiveMessage {
    /**
     * Declares the channels and where the accelerometer is worn (a chest strap's carries the breathing); repeated on
     * every (re)connect, must match the first declaration.
     */
    record Hello(List<ChannelInfo> channels, BodySite accelerometerSite) implements LiveMessage {
        public Hello {
            channels = List.copyOf(channels);
            Objects.requireNonNull(accelerometerSite, "accelerometerSite");
        }
    }

    /** Numbered samples and events. */
    record Chunk(LiveChunk chunk) implements LiveMessage {
    }

    /**
     * An event marked by the clinician on the page, stamped when the key was pressed.
     *
     * @param atSec seconds from the session start
     */
    record Mark(String label, double atSec) implements LiveMessage {
    }
}
