package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EpisodeMetricTest {

    @Test
    void definesEveryComponentOfTheRecordInItsOrder() {
        List<String> components = Arrays.stream(EpisodeMetrics.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(Arrays.stream(EpisodeMetric.values()).map(EpisodeMetric::key).toList()).isEqualTo(components);
    }

    @Test
    void onlyTheChannelListIsNotNumeric() {
        assertThat(Arrays.stream(EpisodeMetric.values()).filter(m -> !m.numeric()))
                .containsExactly(EpisodeMetric.CHANNELS_USED);
        for (EpisodeMetric m : EpisodeMetric.values()) {
            assertThat(m.meaning()).as(m.key()).isNotBlank();
            assertThat(m.label()).as(m.key()).isNotBlank();
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    /** Reading every metric by the definition and building them back gives the same record (NaN included). */
    @ParameterizedTest
    @MethodSource("seeds")
    void valuesRoundTripThroughTheDefinition(long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[10];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(4) == 0 ? Double.NaN : rnd.nextGaussian() * 100;
        }
        EpisodeMetrics m = new EpisodeMetrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                rnd.nextBoolean() ? List.of("EDA", "HR") : List.of(), v[9]);
        EpisodeMetrics back = EpisodeMetric.fromValues(k -> k.value(m), k -> k.names(m));
        assertThat(back).isEqualTo(m);
    }
}
