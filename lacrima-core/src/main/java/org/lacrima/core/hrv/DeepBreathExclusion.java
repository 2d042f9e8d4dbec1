package org.lacrima.core.hrv;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The mean RSA band power of a window without the heart's swings over deep breaths. RSA grows about linearly with
 * tidal volume (Hirsch &amp; Bishop 1981), so a sigh (a breath at least twice the mean tidal volume, the usual
 * definition, Vlemincx et al. 2011) or a laugh's deep refill swings the heart by twice or more the usual amount, and
 * that one breath lifts a 30 s window's mean power as a vagal rebound does; a rebound lifts every breath.
 *
 * <p>The band-passed NN within the window is cut into half-cycles at its sign changes (each half-cycle is half a
 * breath's swing of the heart); a half-cycle whose peak is at least {@link #DEEP_BREATH_RATIO} times the median peak of
 * the window's half-cycles is left out. Where no half-cycle is that deep, the mean is the plain weighted mean. Only
 * values within the window count, so a slice, a live stream and the whole file give the same value.
 */
final class DeepBreathExclusion {
    /** Heart swing, relative to the window's median half-cycle, from which a half-cycle is a deep breath's. */
    static final double DEEP_BREATH_RATIO = 2;
    /** Fewest half-cycles with which a median says what the window's usual swing is. */
    private static final int MIN_HALF_CYCLES = 4;

    private double[] peaks = new double[64];
    private double[] sorted = new double[64];
    /** The half-cycle of each grid point of the window, -1 in a gap. */
    private int[] halfCycle = new int[128];

    /**
     * The summed weight and weighted power of grid points {@code [lo, hi)} outside deep breaths' half-cycles.
     *
     * @param band   the band-passed NN at a grid point (signed, ms)
     * @param weight the weight of that value (0 in gaps)
     */
    WindowPower sum(IntToDoubleFunction band, IntToDoubleFunction weight, int lo, int hi) {
        if (halfCycle.length < hi - lo) {
            halfCycle = new int[hi - lo];
        }
        int count = 0;
        int sign = 0;
        for (int i = lo; i < hi; i++) {
            if (weight.applyAsDouble(i) <= 0) {
                halfCycle[i - lo] = -1;
                sign = 0;
                continue;
            }
            double y = band.applyAsDouble(i);
            int s = y >= 0 ? 1 : -1;
            if (s != sign) {
                count = startHalfCycle(count);
                sign = s;
            }
            peaks[count - 1] = Math.max(peaks[count - 1], Math.abs(y));
            halfCycle[i - lo] = count - 1;
        }
        double limit = count >= MIN_HALF_CYCLES ? DEEP_BREATH_RATIO * medianPeak(count) : Double.POSITIVE_INFINITY;
        double powerSum = 0;
        double weightSum = 0;
        for (int i = lo; i < hi; i++) {
            int k = halfCycle[i - lo];
            if (k >= 0 && peaks[k] < limit) {
                double w = weight.applyAsDouble(i);
                double y = band.applyAsDouble(i);
                powerSum += w * y * y;
                weightSum += w;
            }
        }
        return new WindowPower(powerSum, weightSum);
    }

    private int startHalfCycle(int count) {
        if (count == peaks.length) {
            peaks = Arrays.copyOf(peaks, 2 * count);
        }
        peaks[count] = 0;
        return count + 1;
    }

    private double medianPeak(int count) {
        if (sorted.length < count) {
            sorted = new double[peaks.length];
        }
        System.arraycopy(peaks, 0, sorted, 0, count);
        Arrays.sort(sorted, 0, count);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /** Weighted band power and weight summed over a window's grid points that count. */
    record WindowPower(double powerSum, double weightSum) {
    }
}
