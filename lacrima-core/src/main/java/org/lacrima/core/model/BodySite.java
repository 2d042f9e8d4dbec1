package org.lacrima.core.model;

/**
 * Where on the body a sensor is worn, as far as the recording's format tells it. An accelerometer on the chest
 * (a Polar H10 strap, a chest patch) tilts with every breath, so it carries the breathing a belt would record; one
 * at the wrist does not.
 */
public enum BodySite {
    /** On the trunk: a chest strap or a patch over the sternum. */
    CHEST,
    /** At the wrist: a watch or an Empatica E4. */
    WRIST,
    /** The format does not say. */
    UNKNOWN
}
