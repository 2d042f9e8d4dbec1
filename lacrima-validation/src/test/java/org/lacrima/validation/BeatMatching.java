package org.lacrima.validation;

/**
 * One-to-one matching of detected event times against reference times within a window, as the
 * WFDB {@code bxb} beat-by-beat comparison does: each reference beat takes the nearest unused
 * detection no further than the window away.
 *
 * @param truePositives  reference beats with a detection
 * @param falseNegatives reference beats without one
 * @param falsePositives detections matching no reference beat
 */
record BeatMatching(int truePositives, int falseNegatives, int falsePositives) {

    static BeatMatching of(double[] referenceSec, double[] detectedSec, double windowSec) {
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
    double sensitivityPercent() {
        return 100.0 * truePositives / Math.max(1, truePositives + falseNegatives);
    }

    /** Positive predictivity in percent. */
    double positivePredictivityPercent() {
        return 100.0 * truePositives / Math.max(1, truePositives + falsePositives);
    }
}
