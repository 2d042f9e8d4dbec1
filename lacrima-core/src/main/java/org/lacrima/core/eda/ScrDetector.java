package org.lacrima.core.eda;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds skin conductance responses in the phasic EDA component by the trough-to-peak method.
 *
 * <p>A response is a run of rising phasic signal: the onset is the trough where the rise starts,
 * the peak is where it stops, the amplitude is the difference. Rises interrupted by a dip smaller
 * than half the amplitude threshold within half a second are one response (noise must not split a
 * rise in two). Given the noise level of the signal, the threshold at a response is raised to
 * {@value #NOISE_FACTOR} times the noise standard deviation there, because trough-to-peak
 * excursions of filtered noise reach a few standard deviations and would otherwise flood the result
 * when a low threshold is set for wrist data. Rises longer than {@link #MAX_RISE_SEC} are slow tonic drift the envelope did not
 * absorb and are not responses; their last {@code MAX_RISE_SEC} seconds are examined instead.
 */
public final class ScrDetector {
    /** SCRs rise over 0.5-5 s; allowing 7 s keeps slow finger responses and overlapping ones. */
    static final double MAX_RISE_SEC = 7.0;
    static final double NOISE_FACTOR = 4.0;
    private static final double MERGE_GAP_SEC = 0.5;
    /** Half-recovery is looked for this long after the peak before it is declared absent. */
    private static final double MAX_RECOVERY_SEC = 60.0;

    private final double amplitudeThresholdMicrosiemens;

    /** @param amplitudeThresholdMicrosiemens smallest amplitude reported, µS (trough to peak) */
    public ScrDetector(double amplitudeThresholdMicrosiemens) {
        if (!(amplitudeThresholdMicrosiemens > 0)) {
            throw new IllegalArgumentException("SCR amplitude threshold must be positive, got " + amplitudeThresholdMicrosiemens);
        }
        this.amplitudeThresholdMicrosiemens = amplitudeThresholdMicrosiemens;
    }

    /**
     * SCRs of a phasic component sampled regularly.
     *
     * @param phasic   phasic EDA in µS (not modified)
     * @param startSec time of {@code phasic[0]}, seconds from the recording start
     * @param rateHz   sampling rate of {@code phasic}, hertz
     * @return responses in time order
     */
    public List<Scr> detect(double[] phasic, double startSec, double rateHz) {
        return detect(phasic, new double[phasic.length], startSec, rateHz);
    }

    /** SCRs of a decomposed EDA signal, with the threshold raised where the signal is noisy. */
    public List<Scr> detect(EdaDecomposition eda) {
        return detect(eda.phasic(), eda.noise(), eda.signal().startSec(), eda.signal().rateHz());
    }

    private List<Scr> detect(double[] phasic, double[] noise, double startSec, double rateHz) {
        List<int[]> rises = mergedRises(phasic, noise, rateHz);
        int maxRise = (int) Math.round(MAX_RISE_SEC * rateHz);
        List<int[]> kept = new ArrayList<>();
        for (int[] r : rises) {
            int onset = Math.max(r[0], lowestBefore(phasic, r[1], maxRise, r[0]));
            if (phasic[r[1]] - phasic[onset] >= thresholdAt(noise, r[1])) {
                kept.add(new int[] {onset, r[1]});
            }
        }
        List<Scr> out = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            int onset = kept.get(k)[0];
            int peak = kept.get(k)[1];
            int limit = k + 1 < kept.size() ? kept.get(k + 1)[0] : phasic.length - 1;
            double amplitude = phasic[peak] - phasic[onset];
            double onsetSec = startSec + onset / rateHz;
            double peakSec = startSec + peak / rateHz;
            double halfRecovery = halfRecoverySec(phasic, peak, limit, phasic[peak] - amplitude / 2, rateHz);
            out.add(new Scr(onsetSec, peakSec, amplitude, peakSec - onsetSec, halfRecovery));
        }
        return out;
    }

    /** Runs of strictly rising samples as {trough, peak} index pairs, with small interruptions merged. */
    private double thresholdAt(double[] noise, int i) {
        return Math.max(amplitudeThresholdMicrosiemens, NOISE_FACTOR * noise[i]);
    }

    private List<int[]> mergedRises(double[] p, double[] noise, double rateHz) {
        List<int[]> rises = new ArrayList<>();
        int n = p.length;
        int i = 0;
        int mergeGap = Math.max(1, (int) Math.round(MERGE_GAP_SEC * rateHz));
        while (i < n - 1) {
            if (!(p[i + 1] > p[i])) {
                i++;
                continue;
            }
            int trough = i;
            while (i < n - 1 && p[i + 1] > p[i]) {
                i++;
            }
            int peak = i;
            int[] last = rises.isEmpty() ? null : rises.get(rises.size() - 1);
            if (last != null && trough - last[1] <= mergeGap && p[last[1]] - p[trough] < thresholdAt(noise, trough) / 2
                    && p[peak] > p[last[1]]) {
                last[1] = peak;
            } else {
                rises.add(new int[] {trough, peak});
            }
        }
        return rises;
    }

    /** Index of the minimum of {@code p} in {@code [max(floor, peak - maxRise), peak]}. */
    private static int lowestBefore(double[] p, int peak, int maxRise, int floor) {
        int from = Math.max(floor, peak - maxRise);
        int best = from;
        for (int i = from; i <= peak; i++) {
            if (p[i] < p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double halfRecoverySec(double[] p, int peak, int limit, double level, double rateHz) {
        int end = Math.min(limit, peak + (int) Math.round(MAX_RECOVERY_SEC * rateHz));
        for (int i = peak + 1; i <= end; i++) {
            if (p[i] <= level) {
                double f = (p[i - 1] - level) / (p[i - 1] - p[i]);
                return (i - 1 + f - peak) / rateHz;
            }
        }
        return Double.NaN;
    }
}
