package org.lacrima.core.eda;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds skin conductance responses from the pulses of the deconvolved EDA driver.
 *
 * <p>Why the driver: responses come faster than they recover (10-15 per minute at an arousal peak,
 * startle bursts 1.5-4 s apart), so in the phasic signal a response often starts on the rising or
 * falling flank of the one before and has no trough of its own; a plain trough-to-peak search then
 * merges or misses it. Deconvolving the recovery ({@link EdaDecomposition#driver()}) turns every
 * response into a short pulse at its onset, which stands apart even when the responses overlap
 * (after Benedek &amp; Kaernbach 2010, with a first-order recovery so it stays a local O(n) filter).
 *
 * <p>A response is a rise of the driver by more than {@value #PULSE_SIGMA} times its noise (rises
 * interrupted by a smaller dip are one). Its onset is where the driver pulse is half-way up. The
 * response itself is rebuilt by re-convolving the driver's excess over its level just before the
 * onset with the recovery, up to where the next response starts (at most {@value #MAX_RISE_SEC} s).
 * It has peaked once it grows at less than a tenth of its fastest growth (what is left then is the
 * slow remainder that a true recovery time other than the assumed one leaves); that point is the
 * peak and the rebuilt value there the amplitude. Tails of earlier responses and the tonic level stay in
 * the pre-onset level, so a response on the falling tail of a large one is measured at its own size
 * (a trough-to-peak measure would see a mere shoulder). The amplitude must reach the configured
 * threshold and {@value #NOISE_FACTOR} times the noise of the low-passed signal, and the rebuilt
 * response must have peaked: one still growing after {@value #MAX_RISE_SEC} s is a rising tonic level
 * (the driver stays up), not a transient response. Half-recovery is
 * measured on the low-passed signal, and is {@code NaN} when the next response comes first.
 */
public final class ScrDetector {
    /** SCRs rise over 0.5-5 s (onset to peak). */
    static final double MAX_RISE_SEC = 5.0;
    private static final double PEAK_GROWTH_FRACTION = 0.1;
    /** The smoothed driver pulse starts rising well within this time before its half-way point. */
    private static final double PRE_ONSET_SEC = 1.0;
    /**
     * The driver's level before a response is averaged over up to this long (back to the previous
     * pulse's top at most): the driver is a differentiated signal, and a short average lets its noise
     * into every amplitude.
     */
    private static final double LEVEL_WINDOW_SEC = 1.5;
    /** Excursions of filtered noise reach a few standard deviations; responses must clear this many. */
    static final double NOISE_FACTOR = 4.0;
    /** A driver pulse must rise by this many standard deviations of the driver's noise. */
    static final double PULSE_SIGMA = 4.0;
    private static final double MERGE_GAP_SEC = 0.5;
    private static final double ROUNDING = 1e-9;
    /** Half-recovery is looked for this long after the peak before it is declared absent. */
    private static final double MAX_RECOVERY_SEC = 60.0;

    private final double amplitudeThresholdMicrosiemens;
    private final double decayTauSec;

    /**
     * @param amplitudeThresholdMicrosiemens smallest amplitude reported, µS
     * @param decayTauSec                    the recovery time constant the driver was deconvolved with, seconds
     */
    public ScrDetector(double amplitudeThresholdMicrosiemens, double decayTauSec) {
        if (!(amplitudeThresholdMicrosiemens > 0) || !(decayTauSec > 0)) {
            throw new IllegalArgumentException("SCR amplitude threshold and decay time must be positive, got "
                    + amplitudeThresholdMicrosiemens + " uS and " + decayTauSec + " s");
        }
        this.amplitudeThresholdMicrosiemens = amplitudeThresholdMicrosiemens;
        this.decayTauSec = decayTauSec;
    }

    /**
     * Responses of a decomposed EDA signal, in time order; times in seconds from the recording start.
     * The decomposition must have been made with the same decay time constant as this detector.
     */
    public List<Scr> detect(EdaDecomposition eda) {
        double[] x = eda.lowPassed();
        double[] d = eda.driver();
        double fs = eda.signal().rateHz();
        double tauSamples = decayTauSec * fs;
        List<int[]> pulses = driverPulses(d, eda.driverNoise(), fs);
        int maxRise = (int) Math.round(MAX_RISE_SEC * fs);
        int baseWindow = Math.max(1, (int) Math.round(LEVEL_WINDOW_SEC * fs));
        double startSec = eda.signal().startSec();
        List<double[]> kept = new ArrayList<>(); // {onset in samples, peak index, amplitude}
        for (int k = 0; k < pulses.size(); k++) {
            double onset = halfRise(d, pulses.get(k)[0], pulses.get(k)[1]);
            // a driver creeping up before the pulse (a rising tonic level) belongs to the level, not the response
            int trough = Math.max(pulses.get(k)[0], (int) Math.floor(onset - PRE_ONSET_SEC * fs));
            int end = Math.min(d.length - 1, (int) Math.ceil(onset) + maxRise);
            boolean cutByNext = false;
            if (k + 1 < pulses.size()) {
                int next = (int) halfRise(d, pulses.get(k + 1)[0], pulses.get(k + 1)[1]);
                cutByNext = next <= end;
                end = Math.min(end, next);
            }
            // the response alone: the driver's excess over its level before the onset, re-convolved with
            // the recovery; what came before (tails, tonic) stays in the level and is not counted
            int levelFrom = Math.max(k > 0 ? pulses.get(k - 1)[1] : 0, trough - baseWindow);
            double level = 0;
            for (int i = levelFrom; i <= trough; i++) {
                level += d[i] / (trough - levelFrom + 1);
            }
            // the response has peaked once it grows at less than a tenth of its fastest growth: what
            // is left then is the slow remainder a recovery time constant other than decayTau leaves
            double response = 0;
            double fastest = 0;
            int peak = -1;
            for (int i = trough + 1; i <= end; i++) {
                double growth = (d[i] - level - response) / tauSamples;
                response += growth;
                fastest = Math.max(fastest, growth);
                if (i > pulses.get(k)[1] && growth <= PEAK_GROWTH_FRACTION * fastest) {
                    peak = i;
                    break;
                }
            }
            boolean stillGrowing = peak < 0 && !cutByNext;
            if (peak < 0) {
                peak = end;
            }
            double amplitude = response;
            double threshold = Math.max(amplitudeThresholdMicrosiemens, NOISE_FACTOR * eda.noise()[peak]);
            // a response still growing when its window closes, with no next response to blame, is a
            // rise of the tonic level (the driver stays up) rather than a transient response
            if (amplitude >= threshold && !stillGrowing) {
                kept.add(new double[] {Math.min(onset, peak), peak, amplitude});
            }
        }
        List<Scr> out = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            int peak = (int) kept.get(k)[1];
            double amplitude = kept.get(k)[2];
            int limit = k + 1 < kept.size() ? (int) kept.get(k + 1)[0] : x.length - 1;
            double onsetSec = startSec + kept.get(k)[0] / fs;
            double peakSec = startSec + peak / fs;
            double halfRecovery = halfRecoverySec(x, peak, limit, x[peak] - amplitude / 2, fs);
            out.add(new Scr(onsetSec, peakSec, amplitude, peakSec - onsetSec, halfRecovery));
        }
        return out;
    }

    /**
     * Where the driver pulse crosses half its rise, in (fractional) samples. The low-pass spreads the
     * driver's step at the onset symmetrically, so the half-way point is the onset without the bias
     * towards earlier times that the foot of the smoothed rise has (and without its noise).
     */
    private static double halfRise(double[] d, int trough, int top) {
        double level = (d[trough] + d[top]) / 2;
        for (int i = trough + 1; i <= top; i++) {
            if (d[i] >= level) {
                return i - (d[i] - level) / (d[i] - d[i - 1]);
            }
        }
        return top;
    }

    /**
     * Rises of the driver that clear its noise, as {lowest point, top} index pairs; rises broken by
     * a dip within the noise are one, measured from their lowest point.
     */
    private static List<int[]> driverPulses(double[] d, double[] noise, double fs) {
        List<int[]> rises = new ArrayList<>();
        int n = d.length;
        int mergeGap = Math.max(1, (int) Math.round(MERGE_GAP_SEC * fs));
        int i = 0;
        while (i < n - 1) {
            if (!rises(d, i)) {
                i++;
                continue;
            }
            int trough = i;
            while (i < n - 1 && rises(d, i)) {
                i++;
            }
            int top = i;
            int[] last = rises.isEmpty() ? null : rises.get(rises.size() - 1);
            if (last != null && trough - last[1] <= mergeGap && d[last[1]] - d[trough] < PULSE_SIGMA / 2 * noise[trough]
                    && d[top] > d[last[1]]) {
                last[1] = top;
                if (d[trough] < d[last[0]]) {
                    last[0] = trough;
                }
            } else {
                rises.add(new int[] {trough, top});
            }
        }
        List<int[]> pulses = new ArrayList<>();
        for (int[] r : rises) {
            if (d[r[1]] - d[r[0]] >= PULSE_SIGMA * noise[r[0]]) {
                pulses.add(r);
            }
        }
        return pulses;
    }

    /**
     * Whether the driver rises from sample {@code i} to the next by more than rounding: running sums
     * started at another sample (a window of the same signal) differ in the last bits, and a plateau
     * must not split into different runs because of that.
     */
    private static boolean rises(double[] d, int i) {
        return d[i + 1] - d[i] > ROUNDING * (1 + Math.abs(d[i]));
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
