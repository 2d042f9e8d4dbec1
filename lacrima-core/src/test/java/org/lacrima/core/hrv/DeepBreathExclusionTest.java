package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.model.Samples;

class DeepBreathExclusionTest {
    private static final double AMPLITUDE_MS = 40;

    static IntStream seeds() {
        return IntStream.range(0, 10);
    }

    /** Beats of a heart at 850 ms swinging with breathing at {@code breathHz} by {@code amplitudeMs(t)}, with jitter. */
    private static RrSeries breathingHeart(Random rnd, double breathHz, double durationSec, DoubleUnaryOperator amplitudeMs) {
        DoubleBuffer beats = new DoubleBuffer();
        double t = 0;
        while (t < durationSec) {
            beats.add(t);
            t += (850 + amplitudeMs.applyAsDouble(t) * Math.sin(2 * Math.PI * breathHz * t) + 3 * rnd.nextGaussian()) / 1000;
        }
        return RrSeries.fromBeats(beats.toSamples());
    }

    private static double rsaAt(RsaTrack track, double timeSec) {
        Samples v = track.rsa().values();
        return v.get((int) Math.round((timeSec - track.rsa().startSec()) * RsaEstimator.GRID_RATE_HZ));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneDeepBreathDoesNotLiftTheWindowAsARebound(int seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.18 + 0.15 * rnd.nextDouble();
        double period = 1 / breathHz;
        double sighAt = 180 - (180 % period);
        double depth = 2.2 + 0.8 * rnd.nextDouble();
        RrSeries rr = breathingHeart(rnd, breathHz, 360,
                t -> t >= sighAt && t < sighAt + period ? depth * AMPLITUDE_MS : AMPLITUDE_MS);
        RsaTrack track = RsaEstimator.estimate(rr, 0, 360);

        // a mean over the window rises by about ln((30 - T + T·depth²) / 30), 0.4-0.9 here; the band-pass's ringing
        // carries part of the deep breath into the half-cycles around it, at less than twice the usual swing, so what
        // is left is 0.2-0.65 of that rise over these seeds (the deep breath's own half-cycles are left out)
        double meanRise = Math.log((30 - period + period * depth * depth) / 30);
        assertThat(rsaAt(track, sighAt + period / 2) - rsaAt(track, 120)).isLessThan(0.7 * meanRise);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReboundThatLiftsEveryBreathIsKept(int seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.18 + 0.15 * rnd.nextDouble();
        double lift = 1.6 + 0.8 * rnd.nextDouble();
        RrSeries rr = breathingHeart(rnd, breathHz, 360, t -> t >= 180 ? lift * AMPLITUDE_MS : AMPLITUDE_MS);
        RsaTrack track = RsaEstimator.estimate(rr, 0, 360);

        assertThat(rsaAt(track, 270) - rsaAt(track, 120)).isCloseTo(2 * Math.log(lift), within(0.2));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSteadySwingLosesNothing(int seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.15 + 0.3 * rnd.nextDouble();
        int n = 121;
        double[] band = new double[n];
        double[] weight = new double[n];
        double powerSum = 0;
        for (int i = 0; i < n; i++) {
            band[i] = (30 + 20 * rnd.nextDouble()) * Math.sin(2 * Math.PI * breathHz * i / RsaEstimator.GRID_RATE_HZ);
            weight[i] = Math.min(1, i / 10.0);
            powerSum += weight[i] * band[i] * band[i];
        }
        DeepBreathExclusion.WindowPower window = new DeepBreathExclusion().sum(i -> band[i], i -> weight[i], 0, n);

        assertThat(window.powerSum()).isCloseTo(powerSum, within(1e-9 * powerSum));
        assertThat(window.weightSum()).isCloseTo(IntStream.range(0, n).mapToDouble(i -> weight[i]).sum(), within(1e-9));
    }
}
