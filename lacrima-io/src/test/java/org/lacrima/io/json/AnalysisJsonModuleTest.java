package org.lacrima.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/** What the module writes reads back into the same core records: one mapping, both ways. */
class AnalysisJsonModuleTest {
    private static final ObjectMapper JSON = AnalysisJsonModule.mapper();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void coreRecordsRoundTrip(long seed) throws IOException {
        SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(25 * 60)
                .withOutcomes(Outcome.RESOLVED, Outcome.SUBSIDED).withChannels(
                        seed % 2 == 0 ? Set.of(ChannelType.EDA) : Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP));
        SessionAnalysis a = new SessionAnalyzer(AnalysisOptions.defaults())
                .analyze(SessionSimulator.simulate(config).recording());
        List<SessionEpisode> episodes = SessionEpisode.of(a);

        List<SessionEpisode> back = JSON.readValue(JSON.writeValueAsString(episodes), new TypeReference<>() { });
        List<ChannelSummary> channels = JSON.readValue(JSON.writeValueAsString(a.channels()), new TypeReference<>() { });

        assertThat(back).isEqualTo(episodes);
        assertThat(channels).isEqualTo(a.channels());
        assertThat(JSON.readValue(JSON.writeValueAsString(a.baseline()), Baseline.class)).isEqualTo(a.baseline());
    }

    @Test
    void nanIsNullAndEventsCarryTheirKind() throws IOException {
        Event marked = new Event(12, 0, "breathing together", EventKind.INTERVENTION);
        String json = JSON.writeValueAsString(List.of(marked, new Baseline(Double.NaN, Double.NaN, true)));

        assertThat(json).contains("\"kind\":\"intervention\"").contains("\"startSec\":null").doesNotContain("NaN");
        assertThat(JSON.readValue(JSON.writeValueAsString(marked), Event.class)).isEqualTo(marked);
    }

    @Test
    void anEventStoredWithoutAKindTakesItFromItsLabel() throws IOException {
        Event old = JSON.readValue("{\"onsetSec\":5,\"durationSec\":0,\"label\":\"intervention: grounding\"}",
                Event.class);

        assertThat(old.kind()).isEqualTo(EventKind.INTERVENTION);
    }
}
