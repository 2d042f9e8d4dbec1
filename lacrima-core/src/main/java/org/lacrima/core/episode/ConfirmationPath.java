package org.lacrima.core.episode;

/**
 * How the episode tracker confirmed a candidate: which of its paths took the rise for a bout. An episode's outcome and
 * metrics do not depend on it; whoever traces a false episode asks it first, since each path rests on other evidence.
 */
public enum ConfirmationPath {
    /** S held an entry rise over {@code confirmSec} with {@code minAreaZSec} above the keep level (the long path). */
    LONG_RISE,
    /** S held an entry rise over {@code briefConfirmSec} at its top while at least two independent channels agreed. */
    BRIEF_AGREEMENT,
    /**
     * S held the keep level over {@code briefConfirmSec} while two systems each held an entry rise over their own levels:
     * a spell's follow-on bout, or a rise its channels' agreement opened where S was diluted.
     */
    BRIEF_WITNESSED,
    /** S held an entry rise over {@code briefConfirmSec} with an intervention marked in its build-up. */
    INTERVENTION,
    /** A whole brief bout seen after the fact: it rose and fell before any hold could confirm it. */
    ROSE_AND_FELL;

    /**
     * Whether this is a brief path (under {@code confirmSec}, on agreement, witnesses or the whole bout's shape): such a
     * bout must still show the whole S-P sequence when it is decided. An intervention's hold is judged as the long path's.
     */
    public boolean brief() {
        return this == BRIEF_AGREEMENT || this == BRIEF_WITNESSED || this == ROSE_AND_FELL;
    }
}
