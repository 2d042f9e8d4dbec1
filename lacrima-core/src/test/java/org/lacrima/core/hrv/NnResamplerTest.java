package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Samples;
import org.lacrima.core.testsupport.SyntheticSignals;

class NnResamplerTest {
    static IntStream seeds() {
        return IntStream.range(0, 10);
    }

    @Test
    void aSteadyRhythmGivesItsRateBetweenTheFirstAndLastBeat() {
        double[] beats = IntStream.range(0, 100).mapToDouble(i -> 5 + 0.8 * i).toArray();

        RegularSeries hr = NnResampler.heartRateBetween(RrSeries.fromBeats(Samples.wrap(beats)), 0, 100, 4);

        assertThat(hr.name()).isEqualTo("hr");
        assertThat(hr.unit()).isEqualTo("bpm");
        assertThat(hr.length()).isEqualTo(400);
        for (int g = 0; g < hr.length(); g++) {
            double t = hr.timeOfSec(g);
            if (t >= 5.8 && t <= beats[99]) {
                assertThat(hr.values().get(g)).isCloseTo(75, within(1e-9));
            } else {
                assertThat(hr.values().get(g)).as("at %.2f s", t).isNaN();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gapsStayGapsAndASliceMatchesTheWhole(int seed) {
        Random rnd = new Random(seed);
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 200, 50 + 70 * rnd.nextDouble(), 40);
        double holeFrom = 50 + 50 * rnd.nextDouble();
        double[] kept = java.util.Arrays.stream(beats).filter(t -> t < holeFrom || t > holeFrom + 10).toArray();
        RrSeries rr = RrSeries.fromBeats(Samples.wrap(kept));

        RegularSeries whole = NnResampler.nnMs(rr, 0, 4, 800);
        RegularSeries slice = NnResampler.nnMs(rr, 120, 4, 200);

        for (int g = 0; g < whole.length(); g++) {
            double t = whole.timeOfSec(g);
            if (t > holeFrom + 0.1 && t < holeFrom + 10) {
                assertThat(whole.values().get(g)).as("inside the gap at %.2f s", t).isNaN();
            }
        }
        for (int g = 0; g < slice.length(); g++) {
            assertThat(slice.values().get(g)).isEqualTo(whole.values().get(g + 480));
        }
    }
}
