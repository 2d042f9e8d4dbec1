package org.lacrima.core.ecg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.testsupport.SyntheticSignals;

class EcgQualityTest {
    static IntStream seeds() {
        return IntStream.range(0, 8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cleanSegmentsScoreHighAndNoisyOrFlatOnesLow(int seed) {
        Random rnd = new Random(seed);
        double rate = 250;
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 60, 50 + 80 * rnd.nextDouble(), 30);
        double[] x = SyntheticSignals.ecg(rnd, rate, 60, beats, null, 1, 0.02, 0.2);
        // 20-30 s: heavy muscle noise; 40-50 s: electrode off (flat)
        for (int i = (int) (20 * rate); i < (int) (30 * rate); i++) {
            x[i] += 0.8 * rnd.nextGaussian();
        }
        for (int i = (int) (40 * rate); i < (int) (50 * rate); i++) {
            x[i] = 0;
        }
        Channel ecg = Channel.regular("ECG", ChannelType.ECG, "mV", rate, 0, Samples.wrap(x));

        RegularSeries q = EcgQuality.score(ecg, RPeakDetector.detect(ecg));

        assertThat(q.length()).isEqualTo(6);
        assertThat(q.rateHz()).isEqualTo(0.1);
        for (int s : new int[] {1, 3, 5}) {
            assertThat(q.values().get(s)).as("clean segment %d", s).isGreaterThan(0.9);
        }
        assertThat(q.values().get(2)).as("noisy segment").isLessThan(0.5);
        assertThat(q.values().get(4)).as("flat segment").isLessThan(0.3);
        for (int s = 0; s < q.length(); s++) {
            assertThat(q.values().get(s)).isBetween(0.0, 1.0);
        }
    }
}
