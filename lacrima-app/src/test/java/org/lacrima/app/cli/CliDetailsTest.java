package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.edf.EdfWriter;

/** What a person meets first at the command line: format names in any case, one-line errors, a summary. */
class CliDetailsTest {
    @TempDir
    static Path dir;
    static Path edf;

    @BeforeAll
    static void simulate() throws IOException {
        edf = dir.resolve("session.edf");
        EdfWriter.write(SessionSimulator.simulate(SimulationConfig.defaults().withSeed(3).withDurationSec(20 * 60)
                .withOutcomes(Outcome.RESOLVED)).recording(), edf);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void theFormatIsReadInAnyCaseAndASuccessfulRunSaysWhatItFoundInOneLine(long seed) {
        // The same word with its letters' case drawn at random.
        Random random = new Random(seed);
        StringBuilder word = new StringBuilder();
        for (char c : "edf".toCharArray()) {
            word.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        Path out = dir.resolve("a" + seed + ".json");
        CliRun run = CliRun.of("analyze", edf.toString(), "--format", word.toString(), "--json", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out).exists();
        assertThat(run.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("lacrima: session.edf: 20.0 min analysed, ")
                .containsPattern("\\d+ episodes? \\(\\d+ resolved, \\d+ sustained, \\d+ subsided\\), \\d+ rises? followed "
                        + "and not reported;")
                .endsWith("; 1 output written"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"edf+", "matlab", "wav"})
    void aWrongFormatIsOneLineNamingEveryChoiceAndNothingIsWritten(String wrong) throws IOException {
        Path out = dir.resolve("wrong-" + wrong.hashCode() + ".json");
        CliRun run = CliRun.of("analyze", edf.toString(), "--format", wrong, "--json", out.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().lines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("lacrima: ").contains("--format").contains(wrong);
            for (RecordingFormat f : RecordingFormat.values()) {
                assertThat(line).contains(f.name());
            }
        });
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(out)).isFalse();
    }
}
