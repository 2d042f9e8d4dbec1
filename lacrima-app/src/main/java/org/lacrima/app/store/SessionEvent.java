package org.lacrima.app.store;

/**
 * An event the clinician marked on a session.
 *
 * @param onsetSec    seconds from the recording start
 * @param durationSec seconds; 0 for an instant
 * @param kind        "intervention", "topic" or "note"
 */
public record SessionEvent(String id, double onsetSec, double durationSec, String kind, String label) {
}
