package org.lacrima.core.sim;

/**
 * A body movement: seen on the accelerometer, and corrupting EDA (electrode pressure) and PPG
 * (sensor displacement) while it lasts.
 *
 * @param onsetSec    seconds from the recording start
 * @param durationSec seconds
 * @param intensityG  peak acceleration of the movement in g
 */
public record MotionArtefact(double onsetSec, double durationSec, double intensityG) {
    /** Seconds from the recording start at which the movement ends. */
    public double endSec() {
        return onsetSec + durationSec;
    }
}
