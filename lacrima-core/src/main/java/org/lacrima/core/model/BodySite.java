package org.lacrima.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
    UNKNOWN;

    /** The site's name where files and messages carry it: {@code chest}, {@code wrist}, {@code unknown}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The known site (chest or wrist) that {@code word} names, in any case; empty for any other word. */
    public static Optional<BodySite> known(String word) {
        return Arrays.stream(values()).filter(s -> s != UNKNOWN && s.name().equalsIgnoreCase(word)).findFirst();
    }
}
