package org.lacrima.app.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSetTest {
    @TempDir
    Path dir;

    private static String names(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return String.join(",", all.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void stagedOutputsAreHiddenUntilCommittedThenAppearTogether() throws IOException {
        try (OutputSet set = new OutputSet()) {
            Files.writeString(set.stage(dir.resolve("a.json")), "json");
            Path figures = set.stageFolder(dir.resolve("figures"));
            Files.writeString(figures.resolve("one.png"), "png");
            assertThat(dir.resolve("a.json")).doesNotExist();
            assertThat(dir.resolve("figures")).doesNotExist();

            set.commit();
        }

        assertThat(names(dir)).isEqualTo("a.json,figures");
        assertThat(Files.readString(dir.resolve("figures/one.png"))).isEqualTo("png");
    }

    @Test
    void closingWithoutCommitLeavesNothingNotEvenTheFoldersMadeForIt() throws IOException {
        try (OutputSet set = new OutputSet()) {
            Files.writeString(set.stage(dir.resolve("deep/er/a.json")), "json");
            Files.writeString(set.stageFolder(dir.resolve("figs")).resolve("x.png"), "png");
        }

        assertThat(names(dir)).isEmpty();
    }

    /** A move that fails half-way (its staged file has gone) takes back the moves before it and restores the old file. */
    @Test
    void aFailedCommitRestoresThePreviousFiles() throws IOException {
        Files.writeString(dir.resolve("a.json"), "old json");
        try (OutputSet set = new OutputSet()) {
            Files.writeString(set.stage(dir.resolve("a.json")), "new json");
            Files.delete(set.stage(dir.resolve("b.html")));

            assertThatThrownBy(set::commit).isInstanceOf(IOException.class)
                    .hasMessage(dir.resolve("b.html") + ": cannot be put in place (its temporary file has gone); "
                            + "no output written");
        }

        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("old json");
        assertThat(names(dir)).isEqualTo("a.json");
    }
}
