package org.lacrima.core.episode;

import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.Event;

/**
 * Which events count as an intervention ("calming your client can backfire"): those whose label
 * contains one of the given fragments, case-insensitively.
 *
 * @param labelFragments fragments such as "interven", "calm", "sooth"
 */
public record InterventionPolicy(List<String> labelFragments) {
    /** The default fragments: "interven", "calm", "sooth". */
    public static final List<String> DEFAULT_FRAGMENTS = List.of("interven", "calm", "sooth");

    public InterventionPolicy {
        labelFragments = labelFragments.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    }

    /** The default policy. */
    public static InterventionPolicy defaults() {
        return new InterventionPolicy(DEFAULT_FRAGMENTS);
    }

    /** Whether this event's label marks an intervention. */
    public boolean isIntervention(Event event) {
        String label = event.label().toLowerCase(Locale.ROOT);
        return labelFragments.stream().anyMatch(label::contains);
    }

    /** Whether an intervention lies (or overlaps) in {@code [fromSec, toSec]}. */
    public boolean anyIn(List<Event> events, double fromSec, double toSec) {
        return events.stream().anyMatch(e -> isIntervention(e) && e.endSec() >= fromSec && e.onsetSec() <= toSec);
    }
}
