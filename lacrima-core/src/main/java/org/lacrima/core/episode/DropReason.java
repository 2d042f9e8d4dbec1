package org.lacrima.core.episode;

/**
 * Why a candidate the episode tracker followed was not reported as an episode: the rule that turned it down, in the
 * language of the checks it failed. For researchers and for whoever traces a missed bout; the episode list itself only
 * holds what passed every check.
 */
public enum DropReason {
    /** S fell back under the keep level before any hold confirmed the rise, and the rise and fall was no whole brief bout. */
    FELL_BACK,
    /** S came back after a stretch without it (every index left out) on the heart alone: no build-up anyone saw. */
    LEFT_OUT,
    /** A brief bout that resolved held its height no longer than a reflex (a startle, a laugh, a posture shift) holds one. */
    REFLEX_TOP,
    /** A brief rise without the whole S-P sequence (a fast drop with a held vagal rebound) and no slow easing-off either. */
    NO_S_P_SEQUENCE,
    /** The rise completed faster than {@code minBuildUpSec}: a step seen through the indices' smoothing, not a build-up. */
    STEP,
    /** On the heart alone, a long-path bout that fell fast without a release. */
    HEART_ALONE_NO_RELEASE,
    /** On the heart alone, a step held as a plateau before falling: talking's time course. */
    TALKING_STEP,
    /** The belt shows the rise answered a speech stretch without sobbing. */
    SPEECH_ANSWER,
    /**
     * A brief bout whose vagal rebound the next bout hid; it waited for that next bout to become an episode, which it
     * did not.
     */
    NEXT_BOUT_DROPPED
}
