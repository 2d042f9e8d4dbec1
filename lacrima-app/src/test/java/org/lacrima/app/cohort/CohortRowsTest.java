package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lacrima.app.testsupport.RoomSessions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.io.json.AnalysisJsonWriter;

/** A {@code sessions} row counts what the recording's analysis JSON holds: episodes and the rises turned down. */
class CohortRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSessionRowCountsTheEpisodesAndTheRisesTurnedDown() throws Exception {
        long dropped = 0;
        for (long seed = 41; seed <= 46; seed++) {
            SessionAnalysis analysis = RoomSessions.strapAnalysis(seed);
            CohortEntry entry = new CohortEntry("S" + seed + "_1", Path.of("S" + seed + ".txt"), "S" + seed, "1",
                    Optional.empty(), "waitlist", Optional.empty(), Optional.empty());
            CohortResult result = new CohortResult(entry, "content", "settings",
                    JSON.readTree(new AnalysisJsonWriter(false).toJson(analysis)), Optional.empty(), false);

            Map<String, Object> row = CohortRows.session(result);

            assertThat(row.get("episodes")).isEqualTo((long) analysis.episodes().size());
            assertThat(row.get("droppedCandidates")).isEqualTo((long) analysis.droppedCandidates().size());
            dropped += analysis.droppedCandidates().size();
        }
        assertThat(dropped).as("rises turned down over the sessions").isPositive();
    }
}
