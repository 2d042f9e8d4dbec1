package org.lacrima.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the benchmark code runs and reports; speed is never asserted here. */
class EndToEndBenchTest {

    @Test
    void shortRunPrintsEveryTableWithTheSessionsSampleCounts(@TempDir Path work) throws Exception {
        E2eOptions options = new E2eOptions(4, 0, 1, List.of(4.0, 5.0), 0, work.resolve("absent.jar"),
                Optional.of(work));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        new EndToEndBench(options, new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();

        String report = buffer.toString(StandardCharsets.UTF_8);
        // chest: (500 + 32 + 50) Hz for 240 s; wrist: (64 + 4 + 3 × 32) Hz for 240 s (the shortest calm session)
        assertThat(report).contains("## Warm (in-process)", "## Where the warm time goes", "## Scaling")
                .contains("| chest 4 min | 139,680 |")
                .contains("| wrist 4 min | 39,360 |")
                .contains("| 5.000 | 174,600 |")
                .contains("| chest 4 min | ECG R-peaks |", "| chest 4 min | pipeline: analyze |")
                .contains("Cold and heap-limited runs skipped");
    }

    @ParameterizedTest
    @ValueSource(doubles = {4, 10, 45, 240})
    void sessionsCarryOneEpisodePerTwentyMinutesFromTenMinutesOn(double minutes) {
        int expected = minutes < 10 ? 0 : Math.max(1, (int) (minutes / 20));

        assertThat(BenchSessions.episodes(minutes)).hasSize(expected);
        assertThat(BenchSessions.chestConfig(minutes).durationSec()).isEqualTo(minutes * 60);
    }

    @Test
    void unknownOptionsAndBadNumbersAreRejectedWithTheOptionNamed() {
        assertThatThrownBy(() -> E2eOptions.parse(new String[] {"--fast", "1"}))
                .hasMessageStartingWith("unknown option --fast");
        assertThatThrownBy(() -> E2eOptions.parse(new String[] {"--minutes", "-3"}))
                .hasMessage("--minutes needs a positive number, got '-3'");
        assertThat(E2eOptions.parse(new String[] {"--scaling", "none"}).scalingMinutes()).isEmpty();
    }
}
