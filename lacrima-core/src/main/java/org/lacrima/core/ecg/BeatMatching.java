package org.lacrima.core.ecg;

/**
 * Scores detected beats (or any event times) against reference times, one to one within a
 * window, as the WFDB {@code bxb} beat-by-beat comparison does: each reference beat takes the
 * nearest unused detection no further than the window away. Times in seconds, both ascending.
 *
 * @param truePositives  reference beats with a detection
 * @param falseNegatives reference beats without one
 * @param falsePositives detections matching no reference beat
 */
public record BeatMatching(int truePositives, int falseNegatives, int falsePositives) {

    /** Matches {@code detectedSec} to {@code referenceSec} within {@code windowSec} seconds either side. */
    public static BeatMatching of(double[] referenceSec, double[] detectedSec, double windowSec) {
        boolean[] used = new boolean[detectedSec.length];
        int tp = 0;
        int j = 0;
        for (double t : referenceSec) {
            while (j < detectedSec.length && detectedSec[j] < t - windowSec) {
                j++;
            }
            int best = -1;
            for (int k = j; k < detectedSec.length && detectedSec[k] <= t + windowSec; k++) {
                if (!used[k] && (best < 0 || Math.abs(detectedSec[k] - t) < Math.abs(detectedSec[best] - t))) {
                    best = k;
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
            }
        }
        return new BeatMatching(tp, referenceSec.length - tp, detectedSec.length - tp);
    }

    /** Sensitivity in percent. */
    public double sensitivityPercent() {
        return 100.0 * truePositives / Math.max(1, truePositives + falseNegatives);
    }

    /** Positive predictivity in percent. */
    public double positivePredictivityPercent() {
        return 100.0 * truePositives / Math.max(1, truePositives + falsePositives);
    }
}
