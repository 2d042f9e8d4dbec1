package org.lacrima.core.ecg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.testsupport.SyntheticSignals;

class RPeakDetectorTest {
    private static final double[] RATES_HZ = {100, 128, 250, 360, 500, 1000};

    static IntStream seeds() {
        return IntStream.range(0, 16);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsTheBeatsOfANoisyWanderingEcgAtAnyRateAndHeartRate(int seed) {
        Random rnd = new Random(seed);
        double rateHz = RATES_HZ[rnd.nextInt(RATES_HZ.length)];
        double heartRate = 40 + rnd.nextDouble() * 130;
        double polarity = rnd.nextBoolean() ? 1 : -1;
        double duration = 60;
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, duration - 0.5, heartRate, 40);
        double[] ecg = SyntheticSignals.ecg(rnd, rateHz, duration, beats, null, polarity, 0.05, 0.5);

        RPeaks peaks = RPeakDetector.detect(Samples.wrap(ecg), rateHz, 0);

        int[] m = SyntheticSignals.match(beats, peaks.timesSec().toArray(), 0.05);
        assertThat(m[1]).as("missed beats at %s Hz, %.0f bpm, polarity %s", rateHz, heartRate, polarity).isLessThanOrEqualTo(1);
        assertThat(m[2]).as("false beats at %s Hz, %.0f bpm", rateHz, heartRate).isZero();
        assertThat(peaks.warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void placesEachPeakOnTheRWaveWithinTwoSamplesOrThreeMilliseconds(int seed) {
        Random rnd = new Random(seed);
        double rateHz = RATES_HZ[rnd.nextInt(RATES_HZ.length)];
        double[] beats = SyntheticSignals.beatTimes(rnd, 1, 40, 50 + rnd.nextDouble() * 80, 30);
        double[] ecg = SyntheticSignals.ecg(rnd, rateHz, 41, beats, null, 1, 0.01, 0.2);

        double[] found = RPeakDetector.detect(Samples.wrap(ecg), rateHz, 0).timesSec().toArray();

        for (double b : beats) {
            int i = Math.abs(Arrays.binarySearch(found, b) + 1);
            double nearest = Math.min(i < found.length ? Math.abs(found[i] - b) : 1, i > 0 ? Math.abs(found[i - 1] - b) : 1);
            assertThat(nearest).as("beat at %.3f s, %s Hz", b, rateHz).isLessThanOrEqualTo(Math.max(2 / rateHz, 0.003) + 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsPrematureVentricularBeatsAndTheSmallBeatsAfterThem(int seed) {
        Random rnd = new Random(seed);
        double rateHz = 360;
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 119, 75, 20);
        boolean[] ventricular = new boolean[beats.length];
        for (int b = 3; b < beats.length - 1; b++) {
            if (rnd.nextDouble() < 0.25 && !ventricular[b - 1]) {
                // premature by 30 %, then a compensatory pause
                double rr = beats[b] - beats[b - 1];
                beats[b] -= 0.3 * rr;
                ventricular[b] = true;
            }
        }
        double[] ecg = SyntheticSignals.ecg(rnd, rateHz, 120, beats, ventricular, 1, 0.03, 0.3);

        double[] found = RPeakDetector.detect(Samples.wrap(ecg), rateHz, 0).timesSec().toArray();

        int[] m = SyntheticSignals.match(beats, found, 0.075);
        assertThat(m[1] + m[2]).as("missed %d, false %d of %d beats", m[1], m[2], beats.length)
                .isLessThanOrEqualTo(beats.length / 100);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 999, 4096})
    void givesTheSamePeaksWhetherFedWholeOrInChunks(int chunk) {
        Random rnd = new Random(chunk);
        double rateHz = 250;
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 59, 80, 40);
        double[] ecg = SyntheticSignals.ecg(rnd, rateHz, 60, beats, null, 1, 0.05, 0.4);
        double[] whole = RPeakDetector.detect(Samples.wrap(ecg), rateHz, 10).timesSec().toArray();

        RPeakDetector live = new RPeakDetector(rateHz, 10);
        double[] chunked = new double[0];
        for (int from = 0; from < ecg.length; from += chunk) {
            Samples out = live.process(ecg, from, Math.min(ecg.length, from + chunk));
            double[] more = out.toArray();
            for (double t : more) {
                assertThat(t).as("a peak is reported once it is certain, not before the chunk's end")
                        .isLessThanOrEqualTo(10 + Math.min(ecg.length, from + chunk) / rateHz);
            }
            chunked = concat(chunked, more);
        }
        chunked = concat(chunked, live.flush().toArray());

        assertThat(chunked).containsExactly(whole);
        assertThat(whole[0]).isGreaterThan(10);
    }

    @Test
    void reportsEachPeakSoonAfterItHappens() {
        Random rnd = new Random(3);
        double rateHz = 500;
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 59, 70, 30);
        double[] ecg = SyntheticSignals.ecg(rnd, rateHz, 60, beats, null, 1, 0.02, 0.2);
        RPeakDetector live = new RPeakDetector(rateHz, 0);
        int chunk = 50;
        for (int from = 0; from < ecg.length; from += chunk) {
            double now = Math.min(ecg.length, from + chunk) / rateHz;
            for (double t : live.process(ecg, from, Math.min(ecg.length, from + chunk)).toArray()) {
                if (t > 3) {
                    assertThat(now - t).as("delay of the peak at %.2f s", t).isLessThan(0.6);
                }
            }
        }
    }

    @Test
    void skipsANanGapAndFindsTheBeatsAroundIt() {
        Random rnd = new Random(11);
        double rateHz = 360;
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 59, 72, 20);
        double[] ecg = SyntheticSignals.ecg(rnd, rateHz, 60, beats, null, 1, 0.03, 0.2);
        Arrays.fill(ecg, (int) (20 * rateHz), (int) (30 * rateHz), Double.NaN);

        RPeaks peaks = RPeakDetector.detect(Samples.wrap(ecg), rateHz, 0);

        double[] found = peaks.timesSec().toArray();
        assertThat(Arrays.stream(found).filter(t -> t > 20.2 && t < 30)).isEmpty();
        double[] outside = Arrays.stream(beats).filter(t -> t < 19.8 || t > 33).toArray();
        int[] m = SyntheticSignals.match(outside, Arrays.stream(found).filter(t -> t < 19.8 || t > 33).toArray(), 0.05);
        assertThat(m[1] + m[2]).isLessThanOrEqualTo(1);
        assertThat(peaks.warnings()).anyMatch(w -> w.contains("NaN"));
    }

    @Test
    void aFlatClippedNanOrShortEcgGivesNoPeaksAndAReason() {
        double rateHz = 250;
        double[] flat = new double[(int) (60 * rateHz)];
        Arrays.fill(flat, 0.3);
        double[] nan = new double[flat.length];
        Arrays.fill(nan, Double.NaN);
        Random rnd = new Random(5);
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 59, 70, 20);
        double[] clipped = SyntheticSignals.ecg(rnd, rateHz, 60, beats, null, 1, 0.05, 0.5);
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.max(0.3, Math.min(0.6, clipped[i]));
        }
        double[] twoSeconds = Arrays.copyOf(SyntheticSignals.ecg(rnd, rateHz, 60, beats, null, 1, 0.05, 0.5), (int) (2 * rateHz));

        assertThat(RPeakDetector.detect(Samples.wrap(flat), rateHz, 0).warnings()).singleElement().asString().contains("flat");
        assertThat(RPeakDetector.detect(Samples.wrap(nan), rateHz, 0).warnings()).singleElement().asString().contains("NaN");
        assertThat(RPeakDetector.detect(Samples.wrap(clipped), rateHz, 0).warnings()).singleElement().asString().contains("clipped");
        assertThat(RPeakDetector.detect(Samples.wrap(twoSeconds), rateHz, 0).warnings()).singleElement().asString().contains("too short");
        assertThat(RPeakDetector.detect(Samples.wrap(flat), rateHz, 0).count()).isZero();
        assertThat(RPeakDetector.detect(Samples.wrap(twoSeconds), 50, 0).warnings()).singleElement().asString().contains("Hz");
    }

    @Test
    void detectsOnAChannelInRecordingTime() {
        Random rnd = new Random(8);
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 29, 60, 10);
        double[] ecg = SyntheticSignals.ecg(rnd, 200, 30, beats, null, 1, 0.02, 0.1);
        Channel channel = Channel.regular("ECG", ChannelType.ECG, "mV", 200, 100, Samples.wrap(ecg));

        double[] found = RPeakDetector.detect(channel).timesSec().toArray();

        double[] shifted = Arrays.stream(beats).map(t -> t + 100).toArray();
        int[] m = SyntheticSignals.match(shifted, found, 0.02);
        assertThat(m[1] + m[2]).isZero();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
