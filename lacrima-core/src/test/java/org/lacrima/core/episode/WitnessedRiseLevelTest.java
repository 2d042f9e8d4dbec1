package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rise its systems witness (heart rate up an entry rise, vagal tone withdrawn by as much) needs S to stand only the
 * keep level over the baseline, as it needs only the keep level over its low: at the wrist of a client whose skin
 * conductance barely moves, S, the channels' weighted mean, peaks between the keep level and {@code absoluteEnter}.
 * Under the keep level nothing opens, however far the witnesses move.
 */
class WitnessedRiseLevelTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm, then from 300 to 330 s heart rate rises to 2.4 z and skin conductance to {@code eda} z, both held for
     * 30 s, a fast drop (time constants 10 and 40 s); P withdraws to -3 z and rebounds to 1.5 z over rest.
     */
    private static List<Episode> bout(long seed, double eda) {
        AxisTrace sc = new AxisTrace(900).rampS(300, 330, eda).decayS(360, 40, 0);
        AxisTrace hr = new AxisTrace(900).rampS(300, 330, 2.4).decayS(360, 10, 0);
        AxisTrace t = new AxisTrace(900).rampP(300, 330, -3).decayP(365, 20, 1.5);
        return t.wristEpisodes(sc, hr, seed, true);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aWitnessedBoutWhoseSStaysUnderTheAbsoluteEntryLevelIsFound(long seed) {
        // skin conductance up 0.6 z: S peaks at (1.5 * 0.6 + 2.4) / 2.5 = 1.32 z, over the keep level, under absoluteEnter
        List<Episode> found = bout(seed, 0.6);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED);
            assertThat(e.peakSec()).isBetween(320.0, 360.0);
            assertThat(e.metrics().peakS()).isLessThan(DetectorSettings.defaults().absoluteEnter());
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void underTheKeepLevelTheWitnessesOpenNothing(long seed) {
        // skin conductance still recovering from an earlier response, 0.5 z down: S peaks at 0.66 z, under the keep
        // level of 1 z, while heart rate and vagal tone move as before
        assertThat(bout(seed, -0.5)).isEmpty();
    }
}
