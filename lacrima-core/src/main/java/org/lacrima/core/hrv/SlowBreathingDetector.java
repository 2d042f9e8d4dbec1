package org.lacrima.core.hrv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * Slow paced breathing (about 6 breaths a minute, as a therapist paces it to calm a client), seen in the heart
 * rhythm alone. The heart speeds on each inspiration and slows on each expiration (respiratory sinus arrhythmia), so
 * the NN series oscillates at the breathing frequency; in spontaneous breathing (9-24 per minute, 0.15-0.4 Hz) that
 * oscillation lies above 0.15 Hz, while at 5-7 breaths per minute it moves to about 0.1 Hz and grows by resonance
 * with the baroreflex (Vaschillo et al. 2002; Lehrer et al. 2000), so that the slow band then holds most of the
 * variability. Slow breathing raises vagal tone and slows the heart without any release of crying: over such a
 * stretch heart rate and RSA measure the breathing exercise, not arousal or its resolution, and a recording with
 * only a heart channel (an RR strap) has no other way to see it.
 *
 * <p>A window of {@value #WINDOW_SEC} s is slow-breathing when the power of its (linearly detrended) NN series at
 * 0.05-0.125 Hz (its strongest component above 0.075 Hz) is at least {@value #MIN_POWER_RATIO} times its power at 0.15-1 Hz, and the slow oscillation's RMS
 * is at least {@value #MIN_SLOW_RMS_MS} ms. Windows are centred every {@value #STEP_SEC} s on multiples of that step
 * (so that any stretch of a recording gives the same windows); the stretch reported is each such window.
 */
public final class SlowBreathingDetector {
    /** Window length, seconds: four breaths at 6 per minute, and short enough to follow the start of an exercise. */
    public static final double WINDOW_SEC = 40;
    /** Spacing of the window centres, seconds. */
    static final double STEP_SEC = 5;
    /**
     * Slow-band power over respiratory-band power that marks slow breathing. At rest the respiratory band holds as much
     * variability as the slow band or more (LF/HF about 1-3 in healthy adults, Task Force 1996; under stress it
     * rises a few-fold, to about 3-6 standing or under mental load); breathing at 5-7 per minute moves the respiratory
     * oscillation itself into the slow band. A client following a therapist's count does not breathe like a metronome
     * (cycles vary by about a tenth, Lehrer et al. 2000) nor in sinusoids (a quick inspiration, a long expiration), so
     * the oscillation's harmonics and its spread leave part of its power in the respiratory band; the tenfold and more
     * of metronome-paced resonance breathing (Vaschillo et al. 2002) is not what such a stretch shows. The bar asks that
     * the slow band hold five times the respiratory band's power (over 80 % of the two), above what rest and mental load
     * give with this narrower slow band. It was set after seeing an independent session model's irregular pacing give
     * ratios of 4-10 (DETECTOR-HISTORY, seventh session), not from the acceptance figures.
     */
    static final double MIN_POWER_RATIO = 5;
    /**
     * Smallest RMS of the slow oscillation, ms: slow breathing swings the NN intervals by tens of milliseconds or more
     * (resonance); a quiet heart with little variability of any kind has a ratio that means nothing.
     */
    static final double MIN_SLOW_RMS_MS = 15;
    /** Shortest median breath a belt shows over slow breathing, seconds: 7.5 breaths a minute, the top of the slow band. */
    static final double MIN_SLOW_BREATH_SEC = 8;
    /** Fewest breath onsets in a window for the belt to judge it: three, two whole breaths (a 40-s window at 5 per minute holds three or four). */
    static final int MIN_BELT_BREATHS = 3;
    /** Longest total of missing beats a window may have and still be judged, seconds: one slow breath ({@link #bridgeGaps}). */
    static final double MAX_GAP_SEC = 10;
    private static final double GRID_HZ = 4;
    private static final int N = (int) Math.round(WINDOW_SEC * GRID_HZ);
    /**
     * DFT bins (k cycles per window): slow 2-5 (0.05-0.125 Hz: paced breathing at 3-7.5 per minute; 7 per minute is
     * 0.117 Hz, which an earlier 0.1-Hz edge left between the bands), respiratory 6-40 (0.15-1 Hz, up to the fast
     * breathing of sobbing, as in {@link RsaEstimator}).
     */
    private static final int SLOW_FROM = 2;
    /**
     * The slow band's strongest bin must be at least this (0.075 Hz, 4.5 per minute): paced breathing is an oscillation of
     * three to five cycles in the window, while a brief crying bout's heart-rate rise and fall within the window is one
     * slow hump, whose power lies in the lowest bins, and must not pass for breathing.
     */
    private static final int OSCILLATION_FROM = 3;
    private static final int SLOW_TO = 5;
    private static final int RESP_FROM = 6;
    private static final int RESP_TO = 40;
    private static final double[][] COS = new double[RESP_TO + 1][N];
    private static final double[][] SIN = new double[RESP_TO + 1][N];

    static {
        for (int k = 0; k <= RESP_TO; k++) {
            for (int i = 0; i < N; i++) {
                COS[k][i] = Math.cos(2 * Math.PI * k * i / N);
                SIN[k][i] = Math.sin(2 * Math.PI * k * i / N);
            }
        }
    }

    private SlowBreathingDetector() {
    }

    /**
     * The slow-breathing windows whose centres lie in {@code [fromSec, toSec)}, merged where they overlap, attributed
     * to {@code label}. Needs {@code nn} from half a window before {@code fromSec} to half a window after {@code toSec}.
     */
    public static List<BadInterval> detect(RrSeries nn, double fromSec, double toSec, String label) {
        return detect(nn, fromSec, toSec, label, null, Samples.empty());
    }

    /**
     * As {@link #detect(RrSeries, double, double, String)}, with the windows judged by earlier calls kept in
     * {@code memo} (windows only move forward from one call to the next: those before {@code fromSec} are forgotten),
     * and the breaths a respiration belt found, {@code breathOnsetsSec} (ascending, seconds; empty without a belt).
     *
     * <p>Where the belt shows the window's breathing ({@value #MIN_BELT_BREATHS} onsets or more in it), the belt
     * decides: the window is slow breathing when its median breath lasts {@value #MIN_SLOW_BREATH_SEC} s or more
     * (7.5 breaths a minute or slower), whatever the heart does. The heart's slow oscillation alone cannot tell slow
     * breathing from a slow swing of the heart rate that is no breathing (Mayer waves, a build-up's surges), and drivers
     * and resting subjects who breathe at 8-12 per minute with strong slow waves had their arousal left out by it. Where
     * the belt does not show it (no belt, a dropout, or slower than three breaths in the window), the heart decides.
     */
    public static List<BadInterval> detect(RrSeries nn, double fromSec, double toSec, String label, Memo memo,
                                           Samples breathOnsetsSec) {
        List<BadInterval> out = new ArrayList<>();
        double start = Double.NaN;
        double end = Double.NaN;
        double first = Math.ceil(fromSec / STEP_SEC) * STEP_SEC;
        if (memo != null) {
            memo.forgetBefore(first);
        }
        for (double c = first; c < toSec; c += STEP_SEC) {
            Boolean belt = beltSaysSlow(breathOnsetsSec, c - WINDOW_SEC / 2, c + WINDOW_SEC / 2);
            boolean slow;
            if (belt != null) {
                slow = belt;
            } else {
                double[] x = NnResampler.interpolate(nn, c - WINDOW_SEC / 2, GRID_HZ, N, false);
                slow = memo == null ? slow(x) : memo.slow(c, x);
            }
            if (!slow) {
                continue;
            }
            double from = c - WINDOW_SEC / 2;
            if (!Double.isNaN(end) && from <= end) {
                end = c + WINDOW_SEC / 2;
                continue;
            }
            add(out, label, start, end);
            start = from;
            end = c + WINDOW_SEC / 2;
        }
        add(out, label, start, end);
        return out;
    }

    /**
     * Whether the belt's breaths in {@code [fromSec, toSec)} are slow (median breath {@value #MIN_SLOW_BREATH_SEC} s or
     * longer), or null when fewer than {@value #MIN_BELT_BREATHS} breaths begin there (no belt, a dropout, or breathing
     * too slow for the belt's breaths to be told from a pause).
     */
    static Boolean beltSaysSlow(Samples breathOnsetsSec, double fromSec, double toSec) {
        int first = breathOnsetsSec.firstIndexAtOrAfter(fromSec);
        int last = breathOnsetsSec.firstIndexAtOrAfter(toSec);
        int count = last - first;
        if (count < MIN_BELT_BREATHS) {
            return null;
        }
        double[] lengths = new double[count - 1];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = breathOnsetsSec.get(first + i + 1) - breathOnsetsSec.get(first + i);
        }
        Arrays.sort(lengths);
        double median = lengths.length % 2 == 1 ? lengths[lengths.length / 2]
                : (lengths[lengths.length / 2 - 1] + lengths[lengths.length / 2]) / 2;
        return median >= MIN_SLOW_BREATH_SEC;
    }

    private static void add(List<BadInterval> out, String label, double start, double end) {
        if (!Double.isNaN(start)) {
            out.add(new BadInterval(label, start, end, QualityIssue.SLOW_BREATHING));
        }
    }

    /** Whether the window starting at {@code fromSec} is slow-breathing; false when its gaps are too long to bridge. */
    static boolean slow(RrSeries nn, double fromSec) {
        return slow(NnResampler.interpolate(nn, fromSec, GRID_HZ, N, false));
    }

    /**
     * Whether the window's NN grid {@code x} (ms, {@value #GRID_HZ} Hz; gaps bridged and detrended in place) is
     * slow-breathing; false when its gaps are too long to bridge.
     */
    private static boolean slow(double[] x) {
        if (!bridgeGaps(x)) {
            return false;
        }
        double mean = 0;
        double slope = 0;
        double half = (N - 1) / 2.0;
        double sxx = 0;
        for (int i = 0; i < N; i++) {
            mean += x[i] / N;
            sxx += (i - half) * (i - half);
        }
        for (int i = 0; i < N; i++) {
            slope += (i - half) * (x[i] - mean) / sxx;
        }
        for (int i = 0; i < N; i++) {
            x[i] -= mean + slope * (i - half);
        }
        double slowPower = 0;
        double strongest = 0;
        int strongestBin = -1;
        for (int k = SLOW_FROM; k <= SLOW_TO; k++) {
            double p = power(x, k, k);
            slowPower += p;
            if (p > strongest) {
                strongest = p;
                strongestBin = k;
            }
        }
        if (strongestBin < OSCILLATION_FROM) {
            return false;
        }
        double respPower = power(x, RESP_FROM, RESP_TO);
        // power of a sinusoid in its bin: 2 (re² + im²) / N² is its mean square
        double slowRms = Math.sqrt(slowPower);
        return slowRms >= MIN_SLOW_RMS_MS && slowPower >= MIN_POWER_RATIO * respPower;
    }

    /**
     * Bridges the gaps of {@code x} (missing beats, {@code NaN}) linearly, the window's edges with the nearest value, when
     * they add up to at most {@value #MAX_GAP_SEC} s; returns false (and leaves {@code x} alone) otherwise. A wrist pulse
     * loses beats for a few seconds whenever the wrist moves, also during a breathing exercise; a gap of up to one slow
     * breath (10 s at 6 per minute) leaves three of the window's four breaths to show the slow oscillation, and a straight
     * bridge adds no power to the respiratory band (it only takes away what the gap hid), so ordinary breathing does not
     * turn slow by it beyond the margin of {@link #MIN_POWER_RATIO}.
     */
    static boolean bridgeGaps(double[] x) {
        int missing = 0;
        for (double v : x) {
            missing += Double.isNaN(v) ? 1 : 0;
        }
        if (missing == 0) {
            return true;
        }
        if (missing > MAX_GAP_SEC * GRID_HZ) {
            return false;
        }
        int last = -1;
        for (int i = 0; i <= x.length; i++) {
            if (i < x.length && Double.isNaN(x[i])) {
                continue;
            }
            if (i - last > 1) {
                double before = last >= 0 ? x[last] : x[i];
                double after = i < x.length ? x[i] : before;
                for (int k = last + 1; k < i; k++) {
                    x[k] = before + (after - before) * (k - last) / (i - last);
                }
            }
            last = i;
        }
        return true;
    }

    /** Mean square of {@code x} in DFT bins {@code [from, to]}. */
    private static double power(double[] x, int from, int to) {
        double sum = 0;
        for (int k = from; k <= to; k++) {
            double re = 0;
            double im = 0;
            double[] c = COS[k];
            double[] s = SIN[k];
            for (int i = 0; i < N; i++) {
                re += x[i] * c[i];
                im += x[i] * s[i];
            }
            sum += 2 * (re * re + im * im) / ((double) N * N);
        }
        return sum;
    }

    /**
     * The windows of a live feed judged so far, by centre. Each 10-s block asks about every window whose blanking reaches
     * it, so each centre is asked about by five blocks, and its transform was about a quarter of a live hour's heart stage; a
     * window whose NN grid is bit for bit the one judged before gets that answer again, so the result is what judging
     * it anew gives (the grid differs where a later block's artefact correction moved a beat, and is judged anew).
     * Not thread-safe.
     */
    public static final class Memo {
        private final TreeMap<Long, Judged> judged = new TreeMap<>();

        private record Judged(double[] grid, boolean slow) {
        }

        boolean slow(double centreSec, double[] x) {
            long key = Math.round(centreSec / STEP_SEC);
            Judged before = judged.get(key);
            if (before != null && Arrays.equals(before.grid(), x)) {
                return before.slow();
            }
            double[] grid = x.clone();
            boolean slow = SlowBreathingDetector.slow(x);
            judged.put(key, new Judged(grid, slow));
            return slow;
        }

        void forgetBefore(double centreSec) {
            judged.headMap(Math.round(centreSec / STEP_SEC)).clear();
        }
    }
}
