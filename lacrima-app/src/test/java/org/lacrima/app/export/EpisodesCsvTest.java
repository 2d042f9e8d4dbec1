package org.lacrima.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.report.HandmadeSession;
import org.lacrima.app.testsupport.CsvTable;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;

class EpisodesCsvTest {
    @TempDir
    Path dir;

    @Test
    void hasAColumnForEveryEpisodeFieldAndMetric() {
        List<String> header = EpisodesCsv.header();
        for (RecordComponent c : EpisodeMetrics.class.getRecordComponents()) {
            assertThat(header).contains(c.getName());
        }
        for (RecordComponent c : Episode.class.getRecordComponents()) {
            if (c.getType() != EpisodeMetrics.class) {
                assertThat(header).contains(c.getName());
            }
        }
        assertThat(header.subList(0, 2)).containsExactly("recording", "episode");
    }

    @Test
    void rowsCarryTheRecordingAndTheValues() throws Exception {
        SessionAnalysis a = HandmadeSession.analysis(HandmadeSession.recording(1));
        Path csv = dir.resolve("episodes.csv");

        EpisodesCsv.write(csv, List.of(new EpisodesCsv.Source("first, with comma", a), new EpisodesCsv.Source("second", a)));

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 2 * a.episodes().size());
        assertThat(lines.get(1)).startsWith("\"first, with comma\",1,");
        List<Map<String, String>> rows = CsvTable.read(csv);
        assertThat(rows.get(0).get("recording")).isEqualTo("first, with comma");
        Map<String, String> second = rows.get(1);
        Episode e = a.episodes().get(1);
        assertThat(second.get("episode")).isEqualTo("2");
        assertThat(second.get("outcome")).isEqualTo(e.outcome().jsonName());
        assertThat(second.get("interrupted")).isEqualTo(Boolean.toString(e.interrupted()));
        assertThat(second.get("releaseSec")).isEmpty();
        assertThat(Double.parseDouble(second.get("halfRecoverySec"))).isEqualTo(e.metrics().halfRecoverySec());
        assertThat(Double.parseDouble(second.get("excessGoneFraction60s"))).isEqualTo(e.metrics().excessGoneFraction60s());
        assertThat(second.get("vagalReboundSize")).isEmpty();
        assertThat(second.get("channelsUsed")).isEqualTo(String.join(";", e.metrics().channelsUsed()));
        assertThat(lines.get(3)).startsWith("second,1,");
    }
}
