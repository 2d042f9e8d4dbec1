package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lacrima.core.model.Samples;

/**
 * Finds bursts of false beat detections: stretches where a beat detector (R-peaks in an ECG, pulse peaks in a pulse
 * wave) fired faster than any heart beats, as it does in the noise of a moving electrode or sensor.
 *
 * <p>A chest ECG picks up electrode motion and the muscles' own signal whenever the client shifts in the chair, laughs,
 * stands up or walks; the noise has power in the QRS band and its humps pass for beats (the MIT-BIH Noise Stress Test
 * Database was made from such "electrode motion" recordings: Moody, Muldrow &amp; Mark 1984). Between true beats, false
 * ones cut each interval into pieces, so the series shows several intervals within seconds that are far shorter than
 * the rhythm around them, several of them in a row. The artefact correction ({@code RrCorrector}, Lipponen &amp;
 * Tarvainen 2019) removes an isolated extra detection, but in a burst its references (the 11-beat median, the
 * neighbouring differences) are themselves false, and it "corrects" the burst into a heart rate of 120-300 bpm that the
 * heart never had: a spike S reads as a build-up and its end as a release.
 *
 * <p>The heart cannot do this. Sinus rhythm speeds up over beats, not within one: the fastest rises (a startle, the
 * initial response to standing) shorten the interval by about a third over several beats. An ectopic beat gives one
 * short interval and then a long, compensatory one, never two short ones in a row (a couplet is rare, and a run of
 * ectopic beats is no NN interval either). So a burst is at least {@value #MIN_SHORT} intervals within
 * {@value #SPAN_SEC} s shorter than {@value #SHORT_FRACTION} of the median interval within {@value #REFERENCE_HALF_SEC} s
 * around them, two of them consecutive. The stretch from the start of its first short interval to the end of its last
 * is reported, widened just enough that the intervals ending or starting at its edges (whose outer beats the noise may
 * also have placed) are left out too; an isolated extra or ectopic beat is left to the artefact correction.
 *
 * <p>Each stretch depends only on the beats within {@value #REFERENCE_HALF_SEC} + {@value #SPAN_SEC} s of it, so a live
 * feed with that much look-ahead finds the same stretches as the whole file.
 */
public final class SpuriousBeatBursts {
    /** An interval shorter than this share of the local rhythm is no heartbeat of it (see the class comment). */
    public static final double SHORT_FRACTION = 0.65;
    /** Half-width of the window whose median interval is the local rhythm, seconds: outlasts a posture shift's noise. */
    public static final double REFERENCE_HALF_SEC = 15;
    /** Seconds within which the short intervals of one burst lie. */
    public static final double SPAN_SEC = 6;
    /** Short intervals a burst has at least: more than an isolated extra detection (two short halves) makes. */
    public static final int MIN_SHORT = 3;
    /** How far a stretch reaches past its outer beats, seconds: the adjacent intervals touch it. */
    private static final double EDGE_SEC = 1e-3;

    private SpuriousBeatBursts() {
    }

    /**
     * The bursts of false detections among {@code beatsSec} (beat times in seconds, ascending), as bad stretches of
     * {@code channel}, in time order and not overlapping.
     */
    public static List<BadInterval> detect(Samples beatsSec, String channel) {
        int n = beatsSec.length() - 1;
        List<BadInterval> out = new ArrayList<>();
        if (n < MIN_SHORT) {
            return out;
        }
        double[] rr = new double[n];
        for (int i = 0; i < n; i++) {
            rr[i] = beatsSec.get(i + 1) - beatsSec.get(i);
        }
        boolean[] shortOne = shortIntervals(beatsSec, rr);
        double from = Double.NaN;
        double to = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (!shortOne[i]) {
                continue;
            }
            int last = burstEnd(beatsSec, shortOne, i);
            if (last < 0) {
                continue;
            }
            double start = beatsSec.get(i) - EDGE_SEC;
            double end = beatsSec.get(last + 1) + EDGE_SEC;
            if (Double.isFinite(to) && start <= to) {
                to = Math.max(to, end);
            } else {
                if (Double.isFinite(from)) {
                    out.add(new BadInterval(channel, from, to, QualityIssue.SPURIOUS_BEATS));
                }
                from = start;
                to = end;
            }
        }
        if (Double.isFinite(from)) {
            out.add(new BadInterval(channel, from, to, QualityIssue.SPURIOUS_BEATS));
        }
        return out;
    }

    /** Which intervals are shorter than {@link #SHORT_FRACTION} of the median interval ending within the reference window. */
    private static boolean[] shortIntervals(Samples beatsSec, double[] rr) {
        int n = rr.length;
        boolean[] out = new boolean[n];
        double[] scratch = new double[n];
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            double t = beatsSec.get(i + 1);
            while (beatsSec.get(lo + 1) < t - REFERENCE_HALF_SEC) {
                lo++;
            }
            while (hi < n && beatsSec.get(hi + 1) <= t + REFERENCE_HALF_SEC) {
                hi++;
            }
            int m = hi - lo;
            System.arraycopy(rr, lo, scratch, 0, m);
            Arrays.sort(scratch, 0, m);
            double median = m % 2 == 1 ? scratch[m / 2] : 0.5 * (scratch[m / 2 - 1] + scratch[m / 2]);
            out[i] = rr[i] < SHORT_FRACTION * median;
        }
        return out;
    }

    /**
     * The last short interval of a burst starting with short interval {@code first}: the short intervals ending within
     * {@link #SPAN_SEC} after it, when they are at least {@link #MIN_SHORT} and two of them are consecutive; -1 otherwise.
     */
    private static int burstEnd(Samples beatsSec, boolean[] shortOne, int first) {
        double limit = beatsSec.get(first + 1) + SPAN_SEC;
        int count = 0;
        int last = -1;
        boolean consecutive = false;
        for (int j = first; j < shortOne.length && beatsSec.get(j + 1) <= limit; j++) {
            if (shortOne[j]) {
                consecutive |= last == j - 1 && count > 0;
                count++;
                last = j;
            }
        }
        return count >= MIN_SHORT && consecutive ? last : -1;
    }
}
