package org.lacrima.core.episode;

/**
 * A candidate the episode tracker confirmed, and how. A brief bout whose rise later also met the long path's criteria
 * is reported as {@link ConfirmationPath#LONG_RISE}.
 *
 * @param onsetSec       recording time (seconds) of its onset, as its episode reports it
 * @param confirmedAtSec recording time (seconds) at which it was confirmed
 * @param path           the path that confirmed it
 */
public record Confirmation(double onsetSec, double confirmedAtSec, ConfirmationPath path) {
}
