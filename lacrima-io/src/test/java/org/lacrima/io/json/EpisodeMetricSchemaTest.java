package org.lacrima.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.EpisodeMetric;

/** The schema's {@code episodes[].metrics} is the metric definition ({@link EpisodeMetric}), name by name. */
class EpisodeMetricSchemaTest {

    private static JsonNode metricsSchema() throws IOException {
        try (InputStream in = AnalysisJsonWriter.class.getResourceAsStream(AnalysisJsonWriter.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in).at("/properties/episodes/items/properties/metrics");
        }
    }

    @Test
    void schemaListsExactlyTheDefinedMetricsInOrder() throws IOException {
        List<String> names = new ArrayList<>();
        metricsSchema().get("properties").fieldNames().forEachRemaining(names::add);
        List<String> defined = new ArrayList<>();
        for (EpisodeMetric m : EpisodeMetric.values()) {
            defined.add(m.key());
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(defined);
        List<String> required = new ArrayList<>();
        metricsSchema().get("required").forEach(n -> required.add(n.asText()));
        assertThat(defined).containsAll(required);
    }

    @Test
    void schemaRangesAreTheDefinedRanges() throws IOException {
        JsonNode properties = metricsSchema().get("properties");
        for (EpisodeMetric m : EpisodeMetric.values()) {
            JsonNode p = properties.get(m.key());
            String expected = switch (m.range()) {
                case ANY -> "#/$defs/numberOrNull";
                case NON_NEGATIVE -> "#/$defs/nonNegativeOrNull";
                case FRACTION -> "#/$defs/fractionOrNull";
                case NONE -> null;
            };
            if (expected == null) {
                assertThat(p.path("type").asText()).as(m.key()).isEqualTo("array");
            } else {
                assertThat(p.path("$ref").asText()).as(m.key()).isEqualTo(expected);
            }
        }
    }
}
