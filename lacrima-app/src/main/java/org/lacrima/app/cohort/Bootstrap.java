package org.lacrima.app.cohort;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of a ratio of sums over sessions (episodes per hour, the share of episodes
 * with an outcome). Sessions, not episodes, are resampled: episodes of one session are not
 * independent, so resampling them alone would make the intervals too narrow.
 */
public final class Bootstrap {
    /** Resamples per interval: enough for stable 2.5 and 97.5 percentiles. */
    static final int RESAMPLES = 2000;

    /**
     * A point estimate with its 95 % interval; {@code NaN} where nothing was measured.
     *
     * @param estimate the ratio over all sessions
     * @param low      2.5th percentile of the resampled ratios
     * @param high     97.5th percentile
     */
    public record Interval(double estimate, double low, double high) {
        /** Whether {@code value} lies in the interval. */
        public boolean contains(double value) {
            return value >= low && value <= high;
        }
    }

    private Bootstrap() {
    }

    /**
     * The 95 % interval of {@code sum(numerators) / sum(denominators)}, one pair per session.
     *
     * @param seed fixes the resampling, so the same cohort gives the same interval
     */
    static Interval ratio(double[] numerators, double[] denominators, long seed) {
        int n = numerators.length;
        double estimate = sum(numerators) / sum(denominators);
        if (n == 0 || !Double.isFinite(estimate)) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[RESAMPLES];
        int kept = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                num += numerators[k];
                den += denominators[k];
            }
            if (den > 0) {
                ratios[kept++] = num / den;
            }
        }
        double[] sorted = Arrays.copyOf(ratios, kept);
        Arrays.sort(sorted);
        return new Interval(estimate, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    /** Linear-interpolated percentile of sorted values, {@code NaN} for none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
