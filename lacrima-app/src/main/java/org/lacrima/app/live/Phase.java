package org.lacrima.app.live;

import java.util.Locale;

/** What the body is doing now, in the one word the live page shows. */
public enum Phase {
    /** Arousal near the session's own baseline. */
    CALM,
    /** The sympathetic axis climbing clearly above its recent low. */
    BUILDING,
    /** At the top: high and no longer climbing, outcome not yet known. */
    PEAK,
    /** Coming down after the peak (a release, or a slow subsiding). */
    RELEASING,
    /** High for minutes past the peak without coming down. */
    STAYING_HIGH;

    /** "calm", "building", "peak", "releasing", "staying high". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
