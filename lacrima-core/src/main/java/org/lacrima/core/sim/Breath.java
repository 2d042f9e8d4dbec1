package org.lacrima.core.sim;

/**
 * One breath of the simulated respiration.
 *
 * @param onsetSec         start of inspiration, seconds from the recording start
 * @param inspirationSec   length of the inspiration
 * @param expirationSec    length of the expiration (up to the next onset)
 * @param depth            tidal amplitude (a.u.; 1 is a resting breath)
 * @param inspiratorySteps 1 for a smooth breath, 2–4 for the convulsive catches of a sob
 */
record Breath(double onsetSec, double inspirationSec, double expirationSec, double depth, int inspiratorySteps) {
    double durationSec() {
        return inspirationSec + expirationSec;
    }

    /** Belt excursion {@code sinceOnsetSec} into this breath: 0 at the onset, {@code depth} at the end of inspiration. */
    double excursionAt(double sinceOnsetSec) {
        if (sinceOnsetSec < inspirationSec) {
            double x = sinceOnsetSec / inspirationSec * inspiratorySteps;
            int step = Math.min((int) x, inspiratorySteps - 1);
            double within = x - step;
            return depth * (step + (1 - Math.cos(Math.PI * within)) / 2) / inspiratorySteps;
        }
        double y = Math.min(1, (sinceOnsetSec - inspirationSec) / expirationSec);
        return depth * (1 + Math.cos(Math.PI * y)) / 2;
    }
}
