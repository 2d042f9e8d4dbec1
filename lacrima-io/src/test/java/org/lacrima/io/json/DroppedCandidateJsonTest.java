package org.lacrima.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;

/**
 * The contract's {@code droppedCandidates}: each rise the detector followed and turned down, with its times, the check
 * it failed under a name the schema lists, and that check's sentence; it reads back into the same record.
 */
class DroppedCandidateJsonTest {
    private static final ObjectMapper JSON = AnalysisJsonModule.mapper();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void roundTripsWithItsReasonAndDescription(long seed) throws IOException {
        Random rnd = new Random(seed);
        DropReason[] reasons = DropReason.values();
        List<DroppedCandidate> dropped = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double onset = 3600 * rnd.nextDouble();
            double peak = onset + 300 * rnd.nextDouble();
            dropped.add(new DroppedCandidate(onset, peak, peak + 240 * rnd.nextDouble(),
                    reasons[rnd.nextInt(reasons.length)]));
        }

        String json = JSON.writeValueAsString(dropped);
        JsonNode tree = JSON.readTree(json);
        List<DroppedCandidate> back = Arrays.asList(JSON.readValue(json, DroppedCandidate[].class));

        assertThat(back).isEqualTo(dropped);
        for (int i = 0; i < dropped.size(); i++) {
            assertThat(tree.get(i).path("reason").asText()).isEqualTo(dropped.get(i).reason().jsonName());
            assertThat(tree.get(i).path("description").asText()).isEqualTo(dropped.get(i).reason().description());
        }
    }

    @Test
    void schemaListsExactlyTheDropReasons() throws IOException {
        JsonNode reasonEnum;
        try (InputStream in = AnalysisJsonWriter.class.getResourceAsStream(AnalysisJsonWriter.SCHEMA_RESOURCE)) {
            reasonEnum = new ObjectMapper().readTree(in).at("/properties/droppedCandidates/items/properties/reason/enum");
        }
        List<String> listed = new ArrayList<>();
        reasonEnum.forEach(n -> listed.add(n.asText()));

        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DropReason.values()).map(DropReason::jsonName).toList());
        for (String name : listed) {
            assertThat(DropReason.fromName(name).jsonName()).isEqualTo(name);
        }
    }

    /** A reason this version does not list is refused with its name, never read as some other reason. */
    @Test
    void anUnknownReasonIsRefusedByName() {
        String json = "{\"onsetSec\":10,\"peakSec\":40,\"droppedAtSec\":90,\"reason\":\"some-later-check\"}";

        assertThatThrownBy(() -> JSON.readValue(json, DroppedCandidate.class))
                .hasStackTraceContaining("unknown drop reason \"some-later-check\"");
    }
}
