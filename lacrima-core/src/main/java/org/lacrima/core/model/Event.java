package org.lacrima.core.model;

import java.util.Objects;

/**
 * A labelled moment or interval in a session: an intervention, tears, a protocol stage, a note.
 *
 * @param onsetSec    seconds from the recording start
 * @param durationSec seconds; 0 for an instant
 * @param label       free text as written by the clinician, device or annotation file
 * @param kind        what the event marks
 */
public record Event(double onsetSec, double durationSec, String label, EventKind kind) {
    public Event {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(onsetSec)) {
            throw new IllegalArgumentException("event onset must be finite, got " + onsetSec);
        }
        if (!(durationSec >= 0)) {
            throw new IllegalArgumentException("event duration must be >= 0, got " + durationSec);
        }
    }

    /**
     * An event whose kind is read from its label, as in files written before events had kinds
     * ({@link EventKind#ofLabel}: "intervention: breathing" is an intervention, an unprefixed label a marker).
     */
    public Event(double onsetSec, double durationSec, String label) {
        this(onsetSec, durationSec, label, EventKind.ofLabel(Objects.requireNonNull(label, "label")));
    }

    /** An instantaneous event, its kind read from its label. */
    public static Event at(double onsetSec, String label) {
        return new Event(onsetSec, 0, label);
    }

    /** The same event {@code seconds} later (earlier when negative), as placed in a recording starting elsewhere. */
    public Event shiftedBy(double seconds) {
        return new Event(onsetSec + seconds, durationSec, label, kind);
    }

    /** Seconds from the recording start at which the event ends. */
    public double endSec() {
        return onsetSec + durationSec;
    }
}
