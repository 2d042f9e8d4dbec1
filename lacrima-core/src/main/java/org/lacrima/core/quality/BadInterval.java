package org.lacrima.core.quality;

import java.util.Locale;
import java.util.Objects;

/**
 * A stretch of one channel that cannot be trusted.
 *
 * @param channel  label of the channel the interval belongs to
 * @param startSec start, seconds from the recording start (inclusive)
 * @param endSec   end, seconds from the recording start (exclusive)
 * @param reason   why it is bad
 */
public record BadInterval(String channel, double startSec, double endSec, QualityIssue reason) {
    public BadInterval {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        if (!(endSec >= startSec)) {
            throw new IllegalArgumentException("bad interval ends (" + endSec + ") before it starts (" + startSec + ")");
        }
    }

    /** Length in seconds. */
    public double durationSec() {
        return endSec - startSec;
    }

    /** Whether {@code [fromSec, toSec)} overlaps this interval. */
    public boolean overlaps(double fromSec, double toSec) {
        return fromSec < endSec && toSec > startSec;
    }

    /** The same stretch, channel and reason, reaching {@code reachSec} seconds further on either side. */
    public BadInterval widenedBy(double reachSec) {
        return new BadInterval(channel, startSec - reachSec, endSec + reachSec, reason);
    }

    /** One-line human-readable description, e.g. {@code "EDA: flat line 120.0-185.5 s"}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s %.1f-%.1f s", channel, reason.description(), startSec, endSec);
    }
}
