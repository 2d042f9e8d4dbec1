package org.lacrima.core.episode;

import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;

/**
 * Which events count as an intervention ("calming your client can backfire"): those of kind
 * {@link EventKind#INTERVENTION}, and those whose label contains one of the given fragments, case-insensitively
 * (files and labels from before events had kinds, and annotations that name the intervention in words).
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

    /** Whether this event is an intervention, by its kind or its label. */
    public boolean isIntervention(Event event) {
        if (event.kind() == EventKind.INTERVENTION) {
            return true;
        }
        String label = event.label().toLowerCase(Locale.ROOT);
        return labelFragments.stream().anyMatch(label::contains);
    }

    /** Whether an intervention lies (or overlaps) in {@code [fromSec, toSec]}. */
    public boolean anyIn(List<Event> events, double fromSec, double toSec) {
        return events.stream().anyMatch(e -> isIntervention(e) && e.endSec() >= fromSec && e.onsetSec() <= toSec);
    }
}
