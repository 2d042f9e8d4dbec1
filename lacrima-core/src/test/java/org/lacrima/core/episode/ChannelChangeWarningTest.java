package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A resolved bout whose fall was judged while a channel behind S was lost (a wrist's skin conductance through minutes of
 * movement) says so in its warnings; one judged on the same channels throughout does not.
 */
class ChannelChangeWarningTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }


    private static List<String> warnings(AxisTrace t, double[] eda, double[] hr) {
        List<Episode> found = t.episodes(List.of("EDA", "HR"), true, eda, hr);
        assertThat(found).extracting(Episode::outcome).containsExactly(Outcome.RESOLVED);
        return found.get(0).warnings();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFallJudgedWithoutTheSkinConductanceMeasuredAtTheTopSaysSo(long seed) {
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);
        double[] eda = t.s.clone();
        Arrays.fill(eda, AxisTrace.index(332), AxisTrace.index(480), Double.NaN);

        assertThat(warnings(t, eda, t.s)).anySatisfy(w -> assertThat(w)
                .startsWith("the fall was judged across a change of channels (EDA not measured after the top)"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFallJudgedOnTheSameChannelsHasNoSuchWarning(long seed) {
        AxisTrace t = AxisTrace.briefReleaseWithRebound(seed);

        assertThat(warnings(t, t.s, t.s)).noneSatisfy(w -> assertThat(w).contains("change of channels"));
    }
}
