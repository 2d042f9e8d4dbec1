package org.lacrima.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.report.HandmadeSession;
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
        List<String> header = List.of(lines.get(0).split(","));
        String[] second = lines.get(2).split(",", -1);
        assertThat(lines.get(1)).startsWith("\"first, with comma\",1,");
        Episode e = a.episodes().get(1);
        // the second data row has the quoted name spanning one extra split; index from the end of the header
        int offset = second.length - header.size();
        assertThat(second[header.indexOf("outcome") + offset]).isEqualTo(e.outcome().jsonName());
        assertThat(second[header.indexOf("interrupted") + offset]).isEqualTo(Boolean.toString(e.interrupted()));
        assertThat(second[header.indexOf("releaseSec") + offset]).isEmpty();
        assertThat(Double.parseDouble(second[header.indexOf("halfRecoverySec") + offset]))
                .isEqualTo(e.metrics().halfRecoverySec());
        assertThat(second[header.indexOf("channelsUsed") + offset]).isEqualTo(String.join(";", e.metrics().channelsUsed()));
        assertThat(lines.get(3)).startsWith("second,1,");
    }
}
