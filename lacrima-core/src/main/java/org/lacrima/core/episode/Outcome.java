package org.lacrima.core.episode;

import java.util.Locale;

/** How an arousal build-up ended (DESIGN.md section 1). */
public enum Outcome {
    /** Build-up, peak, fast drop with vagal rebound, settling at or below the pre-episode level: release. */
    RESOLVED,
    /** Arousal climbs and stays high for minutes past the peak without vagal rebound: overwhelm. */
    SUSTAINED,
    /** Build-up stops short of a peak and drifts down slowly, without fast drop or rebound. */
    SUBSIDED;

    /** The lower-case name used in JSON and CSV ("resolved", "sustained", "subsided"). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a JSON/CLI name, case-insensitively. */
    public static Outcome fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
