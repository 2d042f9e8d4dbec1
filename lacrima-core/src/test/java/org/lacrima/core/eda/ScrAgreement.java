package org.lacrima.core.eda;

import java.util.List;

/**
 * Agreement of detected SCRs with reference SCRs, for validation against a simulator's ground truth
 * or hand annotation.
 *
 * <p>Rule: references whose onsets follow the previous reference's within {@code toleranceSec} form
 * one reference event (onset of the first, largest amplitude): responses starting within the
 * matching tolerance of each other sum into one visible response, and no onset-based rule can tell
 * which of them a detection belongs to. Detections and reference events are then paired one-to-one,
 * closest onsets first, when their onsets differ by at most {@code toleranceSec}. Events with an
 * amplitude of at least {@code minAmplitude} count as hits (paired) or misses (unpaired); fainter
 * events are not required, so pairing one is neither credit nor penalty. Detections paired with
 * nothing are false when their own amplitude is at least half of {@code minAmplitude}; fainter
 * unpaired detections lie below the scale being scored.
 *
 * @param hits   references at or above the amplitude floor that were detected
 * @param misses references at or above the amplitude floor that were not
 * @param falseDetections detections of at least half the amplitude floor paired with no reference event
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
        double[][] events = groupClose(refOnsetsSec, refAmplitudes, toleranceSec);
        refOnsetsSec = events[0];
        refAmplitudes = events[1];
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
        for (int d = 0; d < nd; d++) {
            if (!dUsed[d] && detected.get(d).amplitudeMicrosiemens() >= minAmplitude / 2) {
                falses++;
            }
        }
        return new ScrAgreement(hits, misses, falses);
    }

    /** {onsets, amplitudes} of reference events: runs of references each within {@code gapSec} of the previous. */
    private static double[][] groupClose(double[] onsets, double[] amplitudes, double gapSec) {
        Integer[] order = new Integer[onsets.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(onsets[a], onsets[b]));
        double[] eventOnsets = new double[onsets.length];
        double[] eventAmplitudes = new double[onsets.length];
        int m = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            if (m > 0 && onsets[i] - previous <= gapSec) {
                eventAmplitudes[m - 1] = Math.max(eventAmplitudes[m - 1], amplitudes[i]);
            } else {
                eventOnsets[m] = onsets[i];
                eventAmplitudes[m] = amplitudes[i];
                m++;
            }
            previous = onsets[i];
        }
        return new double[][] {java.util.Arrays.copyOf(eventOnsets, m), java.util.Arrays.copyOf(eventAmplitudes, m)};
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
