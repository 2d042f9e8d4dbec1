package org.lacrima.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

class AnalysisJsonWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SessionAnalysis analysed(long seed, boolean markers, Set<ChannelType> channels) {
        SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(25 * 60)
                .withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED).withChannels(channels);
        return new SessionAnalyzer(AnalysisOptions.defaults().withMarkers(markers))
                .analyze(SessionSimulator.simulate(config).recording());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void writesTheContractFieldsAndValidatesAgainstTheSchema(long seed) throws IOException {
        SessionAnalysis analysis = analysed(seed, true, Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP));
        String json = new AnalysisJsonWriter(true).toJson(analysis);

        assertThat(AnalysisSchema.problems(json)).isEmpty();
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.path("episodes")).hasSize(analysis.episodes().size());
        for (int i = 0; i < analysis.episodes().size(); i++) {
            Episode e = analysis.episodes().get(i);
            JsonNode node = root.path("episodes").get(i);
            assertThat(node.path("onsetSec").asDouble()).isEqualTo(e.onsetSec());
            assertThat(node.path("peakSec").asDouble()).isEqualTo(e.peakSec());
            assertThat(node.path("outcome").asText()).isEqualTo(e.outcome().jsonName());
            assertThat(node.path("releaseSec").isNull()).isEqualTo(Double.isNaN(e.releaseSec()));
            assertThat(node.path("metrics").path("channelsUsed")).isNotEmpty();
        }
        assertThat(root.path("droppedCandidates")).hasSize(analysis.droppedCandidates().size());
        assertThat(root.path("markers").path("rPeaksSec").size()).isEqualTo(analysis.markers().rPeaksSec().length());
        assertThat(root.path("markers").path("scrs").size()).isEqualTo(analysis.markers().scrs().size());
    }

    @Test
    void leavesOutMarkersUnlessAskedAndWritesNullForWhatCouldNotBeAssessed() throws IOException {
        SessionAnalysis analysis = analysed(4, false, Set.of(ChannelType.EDA));
        JsonNode root = MAPPER.readTree(new AnalysisJsonWriter(false).toJson(analysis));

        assertThat(root.has("markers")).isFalse();
        assertThat(root.path("episodes")).isNotEmpty();
        // EDA only: no parasympathetic axis, so no vagal rebound can be measured.
        assertThat(root.path("episodes").get(0).path("metrics").path("vagalReboundSize").isNull()).isTrue();
        assertThat(root.path("warnings").toString()).contains("no ECG, RR or PPG");
    }

    @Test
    void schemaRejectsAnOutputWithAWrongOutcomeOrMissingField() throws IOException {
        String json = new AnalysisJsonWriter(false).toJson(analysed(5, false, Set.of(ChannelType.EDA, ChannelType.ECG)));
        assertThat(json).contains("\"outcome\"");

        assertThat(AnalysisSchema.problems(json.replaceFirst("\"(resolved|sustained|subsided)\"", "\"cured\""))).isNotEmpty();
        assertThat(AnalysisSchema.problems(json.replaceFirst("\"baseline\"", "\"base\""))).isNotEmpty();
    }

    @Test
    void replacesTheTargetAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        SessionAnalysis analysis = analysed(6, false, Set.of(ChannelType.EDA));

        new AnalysisJsonWriter(false).write(analysis, target);

        assertThat(AnalysisSchema.problems(Files.readString(target))).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("out.json"));
        }
    }
}
