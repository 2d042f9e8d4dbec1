package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.CalibrationPulseDetector;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The live ECG stage fed in chunks of any size finds the R-peaks of the whole-signal detection: exactly,
 * and with a calibration signal in the middle, none inside it and the whole-file peaks around it.
 */
class EcgBeatStreamTest {
    private static final CalibrationPulseDetector CALIBRATION = new CalibrationPulseDetector();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void chunksOfAnySizeGiveThePeaksOfTheWholeSignal(long seed) {
        Channel ecg = simulatedEcg(seed);
        double[] whole = RPeakDetector.detect(ecg).timesSec().toArray();

        double[] streamed = stream(ecg, new Random(seed));

        double certain = ecg.endSec() - RPeakDetector.maxDelaySec();
        assertThat(DoubleStream.of(streamed).filter(t -> t < certain).toArray())
                .containsExactly(DoubleStream.of(whole).filter(t -> t < certain).toArray());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void aCalibrationSignalGivesNoPeaksAndTheDetectorRestartsAfterIt(long seed) {
        Random rnd = new Random(seed);
        double calFrom = 150 + rnd.nextInt(100);
        double calTo = calFrom + 20 + rnd.nextInt(60);
        Channel ecg = withCalibration(simulatedEcg(seed), calFrom, calTo);
        List<BadInterval> calibration = CALIBRATION.detect(ecg);
        assertThat(calibration).hasSize(1);
        double[] whole = RPeakDetector.detect(ecg, calibration).timesSec().toArray();

        double[] streamed = stream(ecg, rnd);

        BadInterval cal = calibration.get(0);
        assertThat(DoubleStream.of(streamed).filter(t -> t >= cal.startSec() && t < cal.endSec())).isEmpty();
        double certain = ecg.endSec() - RPeakDetector.maxDelaySec();
        // the whole-file detector stops at the calibration's start; the live one sees up to a block of it first
        double settled = cal.endSec() + 2 * 2.0;
        assertThat(DoubleStream.of(streamed).filter(t -> (t < cal.startSec() - 5 || t >= settled) && t < certain).toArray())
                .containsExactly(DoubleStream.of(whole)
                        .filter(t -> (t < cal.startSec() - 5 || t >= settled) && t < certain).toArray());
    }

    /** Feeds {@code ecg} as the live ECG stage does: each new chunk with the 30 s before it. */
    private static double[] stream(Channel ecg, Random rnd) {
        EcgBeatStream stream = new EcgBeatStream(CALIBRATION, 1e9);
        double t = ecg.startOffsetSec();
        while (t < ecg.endSec()) {
            double end = Math.min(ecg.endSec(), t + 0.5 + rnd.nextDouble() * (rnd.nextBoolean() ? 2 : 40));
            double fed = stream.fedUntilSec();
            stream.advance(ecg.slice(Double.isInfinite(fed) ? t : fed - EcgBeatStream.CALIBRATION_OVERLAP_SEC, end));
            t = end;
        }
        return stream.peaksFrom(Double.NEGATIVE_INFINITY).toArray();
    }

    private static Channel simulatedEcg(long seed) {
        return SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(8 * 60)
                .withOutcomes().withChannels(EnumSet.of(ChannelType.ECG)).withRateHz(ChannelType.ECG, 250))
                .recording().firstChannel(ChannelType.ECG).orElseThrow();
    }

    /** {@code ecg} with a 1 Hz ±1 mV square wave (a recorder's calibration signal) in {@code [fromSec, toSec)}. */
    private static Channel withCalibration(Channel ecg, double fromSec, double toSec) {
        double[] x = ecg.values().toArray();
        for (int i = 0; i < x.length; i++) {
            double t = ecg.timeOfSec(i);
            if (t >= fromSec && t < toSec) {
                x[i] = ((t - fromSec) % 1.0) < 0.5 ? 1 : -1;
            }
        }
        return Channel.regular(ecg.label(), ecg.type(), ecg.unit(), ecg.rateHz(), ecg.startOffsetSec(), Samples.wrap(x));
    }
}
