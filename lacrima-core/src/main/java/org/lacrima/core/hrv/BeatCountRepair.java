package org.lacrima.core.hrv;

import java.util.Arrays;
import org.lacrima.core.model.Samples;

/**
 * Short runs of implausible intervals in a device's RR list, re-gridded by the number of sinus beats they span.
 *
 * <p>A missed beat merges two intervals, a split one divides one in two, an ectopic beat shortens one interval and
 * lengthens the next by about as much (the compensatory pause): each keeps the time between the sinus beats around it,
 * and that time holds a whole number of sinus intervals. {@link RrCorrector} classifies each beat by its own and its
 * neighbours' differences (Lipponen &amp; Tarvainen 2019), which two artefacts within a few beats defeat: an ectopic
 * beat whose compensatory pause the strap split (538, 626, 481 ms among 830 ms sinus intervals) came out as four
 * intervals of 582-690 ms where three beats belong. That one wrong beat is a 200-ms dip in the NN series; band-passed,
 * it holds more power than the respiratory oscillation of the 30 s around it, and RSA steps up by 1-1.5 ln(ms²) for
 * exactly its window, which the detector reads as a vagal rebound (P +2 to +6 z held for 30 s).
 *
 * <p>An interval is implausible when it lies more than {@value #MAX_DEVIATION} away from the median of the
 * {@value #REFERENCE} intervals around it (the 20 % rule: a sinus interval rarely differs from its neighbours by more,
 * Malik et al. 1989, Med Biol Eng Comput 27: 603-611). A run starts at an implausible interval and ends at one, at most
 * {@value #MAX_RUN} intervals on (a split pause's longer half may itself pass as plausible), between plausible intervals.
 * The shortest run whose total lies within {@value #MAX_DEVIATION} of that median of a whole number of sinus intervals
 * is replaced by that many equal intervals (the beats spaced evenly between the sinus beats around the run); a single
 * interval of about one sinus interval is left as it is. Runs that fit no whole number are left to {@link RrCorrector}. The beats
 * around a run are never moved, so the total time and every other interval are kept.
 */
public final class BeatCountRepair {
    /** Largest relative difference from the reference a sinus interval may have. */
    static final double MAX_DEVIATION = 0.20;
    /** Longest run repaired: two artefacts within two beats of each other. */
    static final int MAX_RUN = 4;
    /** Intervals around a run whose median is the reference sinus interval (half before, half after). */
    static final int REFERENCE = 10;

    private BeatCountRepair() {
    }

    /** {@code rr} with its short implausible runs re-gridded; the same object when there is none. */
    public static RrSeries repair(RrSeries rr) {
        int n = rr.length();
        double[] ms = rr.intervalsMs().toArray();
        double[] times = rr.timesSec().toArray();
        // a run of missed beats gives more intervals than it had: grown as needed, since one interval of a long pause can
        // stand for many beats and a fixed multiple of n could be overrun by a file full of such pauses
        double[] outMs = new double[n + 16];
        double[] outTimes = new double[outMs.length];
        int m = 0;
        boolean changed = false;
        int i = 0;
        while (i < n) {
            double ref = reference(ms, rr, i, i);
            if (Double.isNaN(ref) || Math.abs(ms[i] - ref) <= MAX_DEVIATION * ref) {
                outMs[m] = ms[i];
                outTimes[m++] = times[i];
                i++;
                continue;
            }
            // the shortest run from i, ending on an implausible interval, whose total fits whole sinus intervals
            int j = -1;
            long beats = 0;
            double total = 0;
            double sum = 0;
            for (int q = i; q < n && q - i < MAX_RUN && (q == i || !rr.gapBefore(q)); q++) {
                sum += ms[q];
                if (Math.abs(ms[q] - ref) <= MAX_DEVIATION * ref) {
                    continue;
                }
                double refAround = reference(ms, rr, i, q);
                boolean bounded = i > 0 && !rr.gapBefore(i) && q + 1 < n && !rr.gapBefore(q + 1)
                        && Math.abs(ms[q + 1] - refAround) <= MAX_DEVIATION * refAround
                        && Math.abs(ms[i - 1] - refAround) <= MAX_DEVIATION * refAround;
                long k = Math.round(sum / refAround);
                if (bounded && k >= 1 && Math.abs(sum - k * refAround) <= MAX_DEVIATION * refAround
                        && !(k == 1 && q == i)) {
                    j = q;
                    beats = k;
                    total = sum;
                    break;
                }
            }
            if (j < 0) {
                outMs[m] = ms[i];
                outTimes[m++] = times[i];
                i++;
                continue;
            }
            double start = times[j] - total / 1000;
            if (m + beats + (n - j) > outMs.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 8, 2L * (m + beats + (n - j)));
                outMs = Arrays.copyOf(outMs, capacity);
                outTimes = Arrays.copyOf(outTimes, capacity);
            }
            for (int b = 1; b <= beats; b++) {
                outMs[m] = total / beats;
                outTimes[m++] = start + b * total / beats / 1000;
            }
            outTimes[m - 1] = times[j];
            changed = true;
            i = j + 1;
        }
        if (!changed) {
            return rr;
        }
        return new RrSeries(Samples.wrap(Arrays.copyOf(outTimes, m)), Samples.wrap(Arrays.copyOf(outMs, m)));
    }

    /**
     * The median of up to {@value #REFERENCE} intervals around the run {@code [from, to]} (half before, half after, not
     * across gaps); {@code NaN} with fewer than half of them.
     */
    private static double reference(double[] ms, RrSeries rr, int from, int to) {
        double[] around = new double[REFERENCE];
        int c = 0;
        for (int q = from - 1; q >= 0 && from - q <= REFERENCE / 2; q--) {
            if (rr.gapBefore(q + 1)) {
                break;
            }
            around[c++] = ms[q];
        }
        for (int q = to + 1; q < ms.length && q - to <= REFERENCE / 2; q++) {
            if (rr.gapBefore(q)) {
                break;
            }
            around[c++] = ms[q];
        }
        if (c < REFERENCE / 2) {
            return Double.NaN;
        }
        Arrays.sort(around, 0, c);
        return c % 2 == 1 ? around[c / 2] : (around[c / 2 - 1] + around[c / 2]) / 2;
    }
}
