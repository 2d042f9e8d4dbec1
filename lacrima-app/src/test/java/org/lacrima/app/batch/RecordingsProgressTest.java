package org.lacrima.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordingsProgressTest {
    @ParameterizedTest(name = "{0} recordings")
    @ValueSource(ints = {1, 3, 17})
    void theBarCountsTheRecordingsDoneAndNamesTheLast(int total) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            try (RecordingsProgress progress = RecordingsProgress.on(out, "Cohort", total)) {
                IntStream.range(0, total).forEach(i -> progress.done("session-" + i));
            }
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);

        assertThat(shown).contains("Cohort").contains(total + "/" + total)
                .containsPattern("(?:[\\d.]+|\\?)/s session-" + (total - 1)); // "?" while no second has passed
    }
}
