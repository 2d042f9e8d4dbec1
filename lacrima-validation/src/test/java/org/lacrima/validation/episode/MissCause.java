package org.lacrima.validation.episode;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.sim.TrueEpisode;

/**
 * What the detector did over a true bout it did not report: the reasons of the rises it followed there and turned
 * down, or that it never opened one. Tells a bout S never lifted (the axes' sensitivity) from one a check rejected
 * (that check's rule), which call for different work.
 */
final class MissCause {
    /** A rise turned down this long before a bout's onset still counts as followed over it (its onset may lead). */
    static final double LEAD_SEC = 30;
    static final String NEVER_OPENED = "never-opened";

    private MissCause() {
    }

    /**
     * The reasons (JSON names, joined with "+", in alphabetical order) of the {@code dropped} candidates whose span from
     * onset to being turned down overlaps the bout from {@link #LEAD_SEC} before its onset to its end; else
     * {@link #NEVER_OPENED}.
     */
    static String of(TrueEpisode bout, List<DroppedCandidate> dropped) {
        TreeSet<String> reasons = dropped.stream()
                .filter(d -> d.onsetSec() <= bout.endSec() && d.droppedAtSec() >= bout.onsetSec() - LEAD_SEC)
                .map(d -> d.reason().jsonName()).collect(Collectors.toCollection(TreeSet::new));
        return reasons.isEmpty() ? NEVER_OPENED : String.join("+", reasons);
    }
}
