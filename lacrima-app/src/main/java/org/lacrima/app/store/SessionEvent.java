package org.lacrima.app.store;

import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;

/**
 * An event the clinician marked on a session.
 *
 * @param onsetSec    seconds from the recording start
 * @param durationSec seconds; 0 for an instant
 * @param kind        "intervention", "tears", "marker" or "note" ({@link EventKind#jsonName})
 */
public record SessionEvent(String id, double onsetSec, double durationSec, String kind, String label) {
    /** The event as the analysis takes it. */
    public Event toEvent() {
        return new Event(onsetSec, durationSec, label, EventKind.parse(kind).orElse(EventKind.NOTE));
    }
}
