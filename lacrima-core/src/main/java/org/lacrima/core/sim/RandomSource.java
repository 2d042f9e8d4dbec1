package org.lacrima.core.sim;

import java.util.SplittableRandom;

/**
 * Seeded randomness for one part of the model. Each part (episode shapes, heart, skin, ...) draws
 * from its own stream derived from the session seed and the part's name, so switching a channel on
 * or off does not change what the other channels look like.
 */
final class RandomSource {
    private final SplittableRandom random;

    private RandomSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The stream for {@code part} of the session with this seed, independent of every other seed's and part's: the seed
     * and the part are mixed (the first output of a generator seeded with both) before they seed the stream. Until the
     * twentieth session the stream was seeded with {@code seed × γ + part}, γ being {@link SplittableRandom}'s own fixed
     * golden gamma; since a {@link SplittableRandom} seeded with {@code s} steps through {@code s + γ, s + 2γ, ...},
     * session {@code seed + 1} then drew the stream of session {@code seed} one draw later, for every part: consecutive
     * seeds' sessions shared their beat jitter, drifts and confounder times (docs/DETECTOR-HISTORY.md).
     */
    static RandomSource forPart(long sessionSeed, String part) {
        return new RandomSource(new SplittableRandom(sessionSeed ^ ((long) part.hashCode() << 32)).nextLong());
    }

    /** Uniform in {@code [lo, hi)}. */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Standard normal. */
    double gaussian() {
        return random.nextGaussian();
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Exponentially distributed waiting time with this mean. */
    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** Log-normal with this median and spread ({@code sigma} of the underlying normal). */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Uniform integer in {@code [lo, hi]}. */
    int integer(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }
}
