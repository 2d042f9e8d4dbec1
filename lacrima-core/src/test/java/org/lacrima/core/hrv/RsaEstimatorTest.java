package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.model.Samples;

class RsaEstimatorTest {
    static IntStream seeds() {
        return IntStream.range(0, 8);
    }

    /** RSA amplitude (ms) that dips to a third over a minute in the middle of a 6-minute stretch. */
    static double amplitudeAt(double t) {
        double d = (t - 180) / 40;
        return 45 - 30 * Math.exp(-0.5 * d * d);
    }

    static RrSeries modulatedRr(Random rnd, double breathHz, double durationSec) {
        DoubleBuffer beats = new DoubleBuffer();
        double t = 0;
        while (t < durationSec) {
            beats.add(t);
            t += (850 + amplitudeAt(t) * Math.sin(2 * Math.PI * breathHz * t) + 3 * rnd.nextGaussian()) / 1000;
        }
        return RrSeries.fromBeats(beats.toSamples());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void followsTheAmplitudeOfTheRespiratoryOscillationWithThirtySecondWindows(int seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.15 + 0.3 * rnd.nextDouble();
        RrSeries rr = modulatedRr(rnd, breathHz, 360);

        RsaTrack track = RsaEstimator.estimate(rr, 0, 360, 30, Samples.empty());

        DoubleBuffer ours = new DoubleBuffer();
        DoubleBuffer truth = new DoubleBuffer();
        for (int g = 0; g < track.rsa().length(); g++) {
            double t = track.rsa().timeOfSec(g);
            double v = track.rsa().values().get(g);
            double c = track.confidence().values().get(g);
            assertThat(c).isBetween(0.0, 1.0);
            if (t > 20 && t < 340) {
                assertThat(v).as("a value at %.1f s", t).isFinite();
                assertThat(c).as("30 s windows are short for the band: partial confidence").isLessThan(1.0).isGreaterThan(0.2);
                ours.add(v);
                truth.add(Math.log(amplitudeAt(t) * amplitudeAt(t) / 2));
            }
        }
        double r = new PearsonsCorrelation().correlation(ours.toSamples().toArray(), truth.toSamples().toArray());
        assertThat(r).as("correlation with ln of the true oscillation power").isGreaterThan(0.9);
        assertThat(track.rsa().unit()).isEqualTo("ln(ms^2)");
    }

    @Test
    void aGapGivesNanAndLowConfidenceAroundIt() {
        RrSeries rr = modulatedRr(new Random(1), 0.25, 360);
        RrSeries holed = new RrSeries(Samples.wrap(IntStream.range(0, rr.length()).filter(i -> rr.timesSec().get(i) < 100
                || rr.timesSec().get(i) > 130).mapToDouble(i -> rr.timesSec().get(i)).toArray()),
                Samples.wrap(IntStream.range(0, rr.length()).filter(i -> rr.timesSec().get(i) < 100
                || rr.timesSec().get(i) > 130).mapToDouble(i -> rr.intervalsMs().get(i)).toArray()));

        RsaTrack track = RsaEstimator.estimate(holed, 0, 360);

        assertThat(track.rsa().values().get(115 * 4)).isNaN();
        assertThat(track.confidence().values().get(115 * 4)).isZero();
        assertThat(track.confidence().values().get(133 * 4)).isLessThan(track.confidence().values().get(250 * 4));
        assertThat(track.rsa().values().get(250 * 4)).isFinite();
    }

    @Test
    void slowBreathingMovesTheBandWhenBreathsAreKnown() {
        Random rnd = new Random(2);
        double breathHz = 0.08;
        RrSeries rr = modulatedRr(rnd, breathHz, 360);
        double[] breaths = IntStream.range(0, 29).mapToDouble(i -> i / breathHz).toArray();

        RsaTrack blind = RsaEstimator.estimate(rr, 0, 360, 60, Samples.empty());
        RsaTrack informed = RsaEstimator.estimate(rr, 0, 360, 60, Samples.wrap(breaths));

        assertThat(informed.bandLowHz()).isLessThan(breathHz);
        assertThat(blind.bandLowHz()).isGreaterThan(breathHz);
        assertThat(informed.rsa().values().get(60 * 4)).isGreaterThan(blind.rsa().values().get(60 * 4) + 1);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSliceGivesTheValuesOfTheWholeAwayFromItsStart(int seed) {
        Random rnd = new Random(seed);
        RrSeries rr = modulatedRr(rnd, 0.15 + 0.3 * rnd.nextDouble(), 360);
        double sliceStart = 60 + rnd.nextInt(100);

        RsaTrack whole = RsaEstimator.estimate(rr, 0, 360, 30, Samples.empty());
        RsaTrack slice = RsaEstimator.estimate(rr, sliceStart, 360, 30, Samples.empty());

        int offset = (int) Math.round(sliceStart * RsaEstimator.GRID_RATE_HZ);
        for (int g = 0; g < slice.rsa().length(); g++) {
            double t = slice.rsa().timeOfSec(g);
            if (t > sliceStart + 15 + 20 && t < 345) {
                assertThat(slice.rsa().values().get(g)).as("at %.2f s", t)
                        .isCloseTo(whole.rsa().values().get(g + offset), org.assertj.core.api.Assertions.within(0.02));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void peakValleyFollowsTheSwingPerBreathAtAnyBreathingRate(int seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.1 + 0.5 * rnd.nextDouble();
        RrSeries rr = modulatedRr(rnd, breathHz, 360);
        double[] breaths = IntStream.range(0, (int) (360 * breathHz)).mapToDouble(i -> (i + 0.25) / breathHz).toArray();

        RsaTrack track = RsaEstimator.peakValley(rr, Samples.wrap(breaths), 0, 360, 30);

        DoubleBuffer ours = new DoubleBuffer();
        DoubleBuffer truth = new DoubleBuffer();
        for (int g = 0; g < track.rsa().length(); g++) {
            double t = track.rsa().timeOfSec(g);
            if (t > 20 && t < 340) {
                assertThat(track.rsa().values().get(g)).as("a value at %.1f s", t).isFinite();
                assertThat(track.confidence().values().get(g)).isBetween(0.0, 1.0);
                ours.add(track.rsa().values().get(g));
                truth.add(amplitudeAt(t));
            }
        }
        double r = new PearsonsCorrelation().correlation(ours.toSamples().toArray(), truth.toSamples().toArray());
        assertThat(r).as("correlation with the true amplitude at %.2f Hz breathing", breathHz).isGreaterThan(0.85);
        assertThat(track.rsa().unit()).isEqualTo("ms");
    }

    @Test
    void noBeatsGiveAllNan() {
        RsaTrack track = RsaEstimator.estimate(RrSeries.empty(), 0, 60);

        assertThat(track.rsa().length()).isEqualTo(240);
        assertThat(IntStream.range(0, 240).mapToDouble(g -> track.rsa().values().get(g))).allMatch(v -> Double.isNaN(v));
    }
}
