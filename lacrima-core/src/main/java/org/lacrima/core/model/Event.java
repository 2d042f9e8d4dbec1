package org.lacrima.core.model;

import java.util.Objects;

/**
 * A labelled moment or interval in a session: an intervention, a topic, a protocol stage.
 *
 * @param onsetSec    seconds from the recording start
 * @param durationSec seconds; 0 for an instant
 * @param label       free text as written by the clinician, device or annotation file
 */
public record Event(double onsetSec, double durationSec, String label) {
    public Event {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(onsetSec)) {
            throw new IllegalArgumentException("event onset must be finite, got " + onsetSec);
        }
        if (!(durationSec >= 0)) {
            throw new IllegalArgumentException("event duration must be >= 0, got " + durationSec);
        }
    }

    /** An instantaneous event. */
    public static Event at(double onsetSec, String label) {
        return new Event(onsetSec, 0, label);
    }

    /** Seconds from the recording start at which the event ends. */
    public double endSec() {
        return onsetSec + durationSec;
    }
}
