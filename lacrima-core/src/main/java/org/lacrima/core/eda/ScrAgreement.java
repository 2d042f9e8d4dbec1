package org.lacrima.core.eda;

import java.util.List;

/**
 * Agreement of detected SCRs with reference SCRs, for validation against a simulator's ground truth
 * or hand annotation.
 *
 * <p>Rule: detections and references are paired one-to-one, closest onsets first, when their onsets
 * differ by at most {@code toleranceSec}. References with an amplitude of at least
 * {@code minAmplitude} count as hits (paired) or misses (unpaired); smaller references are too faint
 * to require, so pairing one is neither credit nor penalty; detections paired with nothing are false.
 *
 * @param hits   references at or above the amplitude floor that were detected
 * @param misses references at or above the amplitude floor that were not
 * @param falseDetections detections paired with no reference
 */
public record ScrAgreement(int hits, int misses, int falseDetections) {

    /**
     * @param detected         detected responses
     * @param refOnsetsSec     reference onsets, seconds from the recording start
     * @param refAmplitudes    reference amplitudes, µS, same order
     * @param minAmplitude     amplitude floor of the references that must be found, µS
     * @param toleranceSec     largest onset difference of a pair, seconds
     */
    public static ScrAgreement score(List<Scr> detected, double[] refOnsetsSec, double[] refAmplitudes,
                                     double minAmplitude, double toleranceSec) {
        int nd = detected.size();
        int nr = refOnsetsSec.length;
        // all candidate pairs within tolerance, closest first (greedy is optimal enough at these densities)
        java.util.List<double[]> pairs = new java.util.ArrayList<>();
        for (int d = 0; d < nd; d++) {
            double t = detected.get(d).onsetSec();
            for (int r = 0; r < nr; r++) {
                double diff = Math.abs(t - refOnsetsSec[r]);
                if (diff <= toleranceSec) {
                    pairs.add(new double[] {diff, d, r});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        boolean[] dUsed = new boolean[nd];
        boolean[] rUsed = new boolean[nr];
        for (double[] p : pairs) {
            int d = (int) p[1];
            int r = (int) p[2];
            if (!dUsed[d] && !rUsed[r]) {
                dUsed[d] = true;
                rUsed[r] = true;
            }
        }
        int hits = 0;
        int misses = 0;
        for (int r = 0; r < nr; r++) {
            if (refAmplitudes[r] >= minAmplitude) {
                if (rUsed[r]) {
                    hits++;
                } else {
                    misses++;
                }
            }
        }
        int falses = 0;
        for (boolean used : dUsed) {
            if (!used) {
                falses++;
            }
        }
        return new ScrAgreement(hits, misses, falses);
    }

    /** hits / (hits + misses); 1 when there was nothing to find. */
    public double sensitivity() {
        return hits + misses == 0 ? 1 : hits / (double) (hits + misses);
    }

    /** hits / (hits + false detections); 1 when nothing was detected. */
    public double precision() {
        return hits + falseDetections == 0 ? 1 : hits / (double) (hits + falseDetections);
    }

    /** Harmonic mean of sensitivity and precision. */
    public double f1() {
        double s = sensitivity();
        double p = precision();
        return s + p == 0 ? 0 : 2 * s * p / (s + p);
    }
}
