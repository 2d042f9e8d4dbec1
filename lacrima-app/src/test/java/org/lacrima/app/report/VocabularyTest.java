package org.lacrima.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.EpisodeMetric;

/**
 * The shared vocabulary's plain words for the episode metrics cover exactly the metrics of the one
 * definition: a metric added to {@link EpisodeMetric} needs words for the therapist (the page would
 * otherwise fall back to its technical label), and a removed one leaves none behind.
 */
class VocabularyTest {
    @Test
    void everyEpisodeMetricHasPlainWordsAndNoOtherDoes() throws Exception {
        JsonNode metrics;
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            metrics = new ObjectMapper().readTree(in).path("metrics");
        }
        List<String> worded = new ArrayList<>();
        metrics.fieldNames().forEachRemaining(worded::add);
        worded.remove("about");
        assertThat(worded).containsExactlyInAnyOrder(Arrays.stream(EpisodeMetric.values()).map(EpisodeMetric::key)
                .toArray(String[]::new));
        for (String key : worded) {
            assertThat(metrics.path(key).path("name").asText()).as("name of %s", key).isNotBlank();
            assertThat(metrics.path(key).path("about").asText()).as("about of %s", key).isNotBlank();
        }
    }
}
