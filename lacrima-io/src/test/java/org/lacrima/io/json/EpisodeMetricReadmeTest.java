package org.lacrima.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.EpisodeMetric;

/** The README's metrics table says what {@link EpisodeMetric} says: meaning, unit and range are defined once. */
class EpisodeMetricReadmeTest {

    static String row(EpisodeMetric m) {
        return "| `" + m.key() + "` |" + cell(m.unit().symbol()) + "|" + cell(m.rangeText()) + "|" + cell(m.meaning())
                + "|";
    }

    private static String cell(String text) {
        return text.isEmpty() ? " " : " " + text + " ";
    }

    @Test
    void readmeTableHasOneRowPerMetricAsDefined() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (EpisodeMetric m : EpisodeMetric.values()) {
            assertThat(readme).as("README row of " + m.key()).contains(row(m) + "\n");
        }
    }
}
