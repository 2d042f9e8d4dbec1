package org.lacrima.core.episode;

/**
 * The calm stretch every index is measured against.
 *
 * @param startSec  seconds from the recording start
 * @param endSec    seconds from the recording start
 * @param automatic true if Lacrima chose it, false if the user gave it
 */
public record Baseline(double startSec, double endSec, boolean automatic) {
}
