package org.lacrima.core.ppg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Samples;
import org.lacrima.core.testsupport.SyntheticSignals;

class PulsePeakDetectorTest {
    private static final double[] RATES_HZ = {25, 64, 100, 128, 250, 500, 1000};

    static IntStream seeds() {
        return IntStream.range(0, 14);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsEachPulseAtItsSystolicPeakAtAnyRate(int seed) {
        Random rnd = new Random(seed);
        double rateHz = RATES_HZ[rnd.nextInt(RATES_HZ.length)];
        double heartRate = 45 + rnd.nextDouble() * 100;
        double[] peaks = SyntheticSignals.beatTimes(rnd, 0, 121, heartRate, 40);
        double[] ppg = SyntheticSignals.ppg(rnd, rateHz, 120, peaks, 0.02);

        PulsePeaks found = PulsePeakDetector.detect(Samples.wrap(ppg), rateHz, 0);

        // pulses cut by either end of the signal are not scored
        double[] inside = Arrays.stream(peaks).filter(t -> t > 2 && t < 118).toArray();
        double[] foundInside = Arrays.stream(found.timesSec().toArray()).filter(t -> t > 2 && t < 118).toArray();
        int[] m = SyntheticSignals.match(inside, foundInside, 0.04);
        assertThat(m[1]).as("missed pulses at %s Hz, %.0f bpm", rateHz, heartRate).isLessThanOrEqualTo(1);
        assertThat(m[2]).as("false pulses at %s Hz, %.0f bpm", rateHz, heartRate).isZero();
        double[] up = found.upstrokeSec().toArray();
        double[] p = found.timesSec().toArray();
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i] - up[i]).as("upstroke before its peak").isBetween(0.02, 0.3);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 13, 64, 500})
    void givesTheSamePulsesWhetherFedWholeOrInChunks(int chunk) {
        Random rnd = new Random(chunk);
        double rateHz = 64;
        double[] peaks = SyntheticSignals.beatTimes(rnd, 1, 89, 75, 30);
        double[] ppg = SyntheticSignals.ppg(rnd, rateHz, 90, peaks, 0.03);
        PulsePeaks whole = PulsePeakDetector.detect(Samples.wrap(ppg), rateHz, 5);

        PulsePeakDetector live = new PulsePeakDetector(rateHz, 5);
        double[] chunked = new double[0];
        for (int from = 0; from < ppg.length; from += chunk) {
            Samples part = Samples.wrap(Arrays.copyOfRange(ppg, from, Math.min(ppg.length, from + chunk)));
            chunked = concat(chunked, live.process(part).timesSec().toArray());
        }
        chunked = concat(chunked, live.flush().timesSec().toArray());

        assertThat(chunked).containsExactly(whole.timesSec().toArray());
    }

    @Test
    void aFlatClippedNanOrShortPpgGivesNoPulsesAndAReason() {
        double rateHz = 64;
        double[] flat = new double[(int) (60 * rateHz)];
        double[] nan = new double[flat.length];
        Arrays.fill(nan, Double.NaN);
        Random rnd = new Random(3);
        double[] clipped = SyntheticSignals.ppg(rnd, rateHz, 60, SyntheticSignals.beatTimes(rnd, 1, 59, 70, 20), 0.01);
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.max(0.0, Math.min(0.3, clipped[i]));
        }

        assertThat(PulsePeakDetector.detect(Samples.wrap(flat), rateHz, 0).warnings()).singleElement().asString().contains("flat");
        assertThat(PulsePeakDetector.detect(Samples.wrap(nan), rateHz, 0).warnings()).singleElement().asString().contains("NaN");
        assertThat(PulsePeakDetector.detect(Samples.wrap(clipped), rateHz, 0).warnings()).singleElement().asString().contains("clipped");
        assertThat(PulsePeakDetector.detect(Samples.wrap(Arrays.copyOf(clipped, 128)), rateHz, 0).warnings())
                .singleElement().asString().contains("too short");
        assertThat(PulsePeakDetector.detect(Samples.wrap(flat), rateHz, 0).count()).isZero();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
