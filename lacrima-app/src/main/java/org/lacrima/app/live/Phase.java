package org.lacrima.app.live;

import java.util.Locale;

/** What the body is doing now, in the one word the live page shows. */
public enum Phase {
    /**
     * No baseline yet (the first minutes, until a calm 3-minute stretch is found): S does not exist, and nothing can
     * be said about arousal; not "calm".
     */
    FINDING_BASELINE,
    /**
     * A baseline exists but S has no value over the last seconds: the indices are left out (a walk, a laugh, paced
     * breathing, a heart-rate step) or the signal dropped out; nothing is said about arousal, and it is not "calm".
     */
    NO_READING,
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

    /** "finding baseline", "no reading", "calm", "building", "peak", "releasing", "staying high". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
