package org.lacrima.core.episode;

/**
 * A candidate the episode tracker followed and turned down.
 *
 * @param onsetSec     recording time (seconds) the rise started, as an episode's onset would be placed
 * @param peakSec      recording time (seconds) of its peak (for a rise that fell back, S's highest point since it entered)
 * @param droppedAtSec recording time (seconds) at which it was turned down
 * @param reason       the check it failed
 */
public record DroppedCandidate(double onsetSec, double peakSec, double droppedAtSec, DropReason reason) {
}
