package org.lacrima.core.sim;

import java.util.Objects;
import org.lacrima.core.model.ChannelType;

/**
 * A stretch where a sensor lost contact (electrode off, strap slipped): the channel reads a flat
 * zero from {@code fromSec} to {@code toSec}, as many devices report it.
 *
 * @param type    the channel type that drops out (all channels of the type, e.g. all three ACC axes)
 * @param fromSec seconds from the recording start
 * @param toSec   seconds from the recording start, after {@code fromSec}
 */
public record Dropout(ChannelType type, double fromSec, double toSec) {
    public Dropout {
        Objects.requireNonNull(type, "type");
        if (!(fromSec >= 0) || !(toSec > fromSec)) {
            throw new IllegalArgumentException("dropout of " + type + " needs 0 <= from < to, got " + fromSec + ".." + toSec);
        }
    }

    /** Whether {@code timeSec} falls inside the dropout. */
    public boolean covers(double timeSec) {
        return timeSec >= fromSec && timeSec < toSec;
    }
}
