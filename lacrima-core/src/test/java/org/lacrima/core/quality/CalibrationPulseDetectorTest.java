package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

class CalibrationPulseDetectorTest {
    private final CalibrationPulseDetector detector = new CalibrationPulseDetector();

    private static Channel ecg(double rate, double startSec, double[] x) {
        return Channel.regular("ECG", ChannelType.ECG, "mV", rate, startSec, Samples.wrap(x));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void findsASquareWaveBetweenNoiseAtAnyRateFrequencyAndLevel(long seed) {
        Random rnd = new Random(seed);
        double rate = new double[] {128, 200, 250, 360, 500, 1000}[rnd.nextInt(6)];
        double hz = 1 + rnd.nextInt(4);
        double amplitude = 0.1 + rnd.nextDouble();
        double offset = rnd.nextGaussian();
        double before = 5 + rnd.nextInt(20);
        double calibration = 10 + rnd.nextInt(90);
        double start = rnd.nextInt(3) * 7.3;
        int n = (int) ((before + calibration + 30) * rate);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            boolean inCalibration = t >= before && t < before + calibration;
            x[i] = inCalibration ? offset + (((t - before) * hz) % 1.0 < 0.5 ? amplitude : -amplitude)
                    + 0.002 * rnd.nextGaussian()
                    : offset + 0.05 * rnd.nextGaussian();
        }

        var found = detector.detect(ecg(rate, start, x));

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.CALIBRATION);
            assertThat(b.startSec()).isCloseTo(start + before, org.assertj.core.data.Offset.offset(0.05));
            assertThat(b.endSec()).isCloseTo(start + before + calibration, org.assertj.core.data.Offset.offset(0.05));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aSineOrAnEcgIsNoCalibration(long seed) {
        Random rnd = new Random(seed);
        double[] sine = new double[250 * 60];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = Math.sin(2 * Math.PI * (1 + seed) * i / 250.0) + 0.01 * rnd.nextGaussian();
        }
        Channel simulated = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(30 * 60)
                .withChannels(EnumSet.of(ChannelType.ECG))).recording().channels().get(0);

        assertThat(detector.detect(ecg(250, 0, sine))).isEmpty();
        assertThat(detector.detect(simulated)).isEmpty();
    }

    /**
     * The blocks' extremes are found with comparisons, which keep the first of two zeros of opposite sign where
     * {@code Math.min}/{@code max} would take the negative one: the stretches found must not depend on the sign of a
     * zero level.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theSignOfAZeroLevelChangesNothing(long seed) {
        Random rnd = new Random(seed);
        double rate = new double[] {250, 500}[rnd.nextInt(2)];
        double hz = 1 + rnd.nextInt(2);
        double before = 5 + rnd.nextInt(10);
        double calibration = 10 + rnd.nextInt(30);
        int n = (int) ((before + calibration + 20) * rate);
        double[] positive = new double[n];
        double[] mixed = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            boolean inCalibration = t >= before && t < before + calibration;
            boolean high = ((t - before) * hz) % 1.0 < 0.5;
            // the low level is exactly zero (an amplifier's zero line), the high one or the noise around them not
            positive[i] = inCalibration ? (high ? 1.0 : 0.0) : 0.05 * rnd.nextGaussian();
            mixed[i] = positive[i] == 0.0 && rnd.nextBoolean() ? -0.0 : positive[i];
        }

        var fromPositive = detector.detect(ecg(rate, 0, positive));

        assertThat(fromPositive).hasSize(1);
        assertThat(detector.detect(ecg(rate, 0, mixed))).isEqualTo(fromPositive);
    }
}
