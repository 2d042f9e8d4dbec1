package org.lacrima.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What an {@link Event} marks. Files written before events had a kind carried it in the label
 * ("intervention: breathing exercise"); {@link #ofLabel} still reads it from there.
 */
public enum EventKind {
    /** something the therapist did: calming, a breathing exercise (it can cut a build-up short) */
    INTERVENTION,
    /** tears or crying seen by the therapist */
    TEARS,
    /** a protocol stage, device marker or file annotation: anything else that was recorded */
    MARKER,
    /** the clinician's free note (a topic, a remark) */
    NOTE;

    /** The lower-case name used in JSON, CSV and the store ("intervention", "tears", "marker", "note"). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code name} (case-insensitive); "topic", the web app's earlier name for a note, reads as
     * {@link #NOTE}.
     */
    public static Optional<EventKind> parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("topic")) {
            return Optional.of(NOTE);
        }
        for (EventKind k : values()) {
            if (k.jsonName().equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind a label written before events had kinds stands for: a label that starts with a kind's name and a
     * colon ("intervention: breathing", "tears: …", "topic: …") or is that name alone is of that kind; any other
     * label is a {@link #MARKER}.
     */
    public static EventKind ofLabel(String label) {
        String l = label.strip();
        int colon = l.indexOf(':');
        return parse(colon < 0 ? l : l.substring(0, colon)).orElse(MARKER);
    }
}
