package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.cli.LacrimaCli;
import picocli.CommandLine;

/** {@code lacrima cohort} as a user types it. */
class CohortCommandTest {
    @TempDir
    static Path tmp;
    static SimulatedCohort cohort;

    record Run(int exit, String err) {
    }

    static Run cli(String... args) {
        CommandLine cl = LacrimaCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return new Run(cl.execute(args), err.toString());
    }

    @BeforeAll
    static void simulate() throws Exception {
        cohort = SimulatedCohort.create(Files.createDirectories(tmp.resolve("study")),
                List.of(new SimulatedCohort.Condition("x", 1, 0.5)), 2, 2, 3);
    }

    @Test
    void aFolderWithAPatternGivesTablesIncludingTheIndices() throws Exception {
        Path out = tmp.resolve("folder-out");
        Run run = cli("cohort", cohort.dir.toString(), "--out", out.toString(), "--indices", "--threads", "2",
                "--pattern", "(?<subject>[^/]+)/(?<session>[^/.]+)\\.edf");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("4 recordings in the tables (4 analysed now, 0 from earlier runs)");
        assertThat(CohortTables.all(out.resolve("sessions.parquet"), "recording")).extracting(r -> r.get("recording"))
                .containsExactly("x-1_s1", "x-1_s2", "x-2_s1", "x-2_s2");
        List<Map<String, Object>> perRecording = CohortTables.query(out.resolve("indices.parquet"),
                "SELECT recording, count(*) AS n, min(timeSec) AS first, max(timeSec) AS last, "
                        + "count(S_z) AS s FROM t GROUP BY recording ORDER BY recording");
        assertThat(perRecording).hasSize(4).allSatisfy(r -> {
            // 12 minutes at 4 Hz
            assertThat((long) r.get("n")).isBetween(2800L, 2900L);
            assertThat((long) r.get("s")).isPositive();
        });
        assertThat(CohortTables.all(out.resolve("failures.parquet"), "recording")).isEmpty();
    }

    @Test
    void aBadRowFailsAloneWithExitCodeOne() throws Exception {
        Path manifest = cohort.writeManifest(tmp.resolve("bad.csv"), List.of("nothing.edf,S9,s1,2026-01-01,x"));
        Path out = tmp.resolve("bad-out");
        Run run = cli("cohort", manifest.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("lacrima: failed nothing.edf: bad.csv row 5: nothing.edf: no such file",
                "4 recordings in the tables");
        assertThat(CohortTables.all(out.resolve("sessions.parquet"), "recording")).hasSize(4);
    }

    @Test
    void aManifestWhoseEveryRowFailsStillWritesTheFailuresAndEmptyTables() throws Exception {
        Path manifest = cohort.writeManifest(tmp.resolve("all-bad.csv"), List.of(),
                List.of("nothing.edf,S9,s1,2026-01-01,x", "none.edf,S9,s2,2026-01-02,x"));
        Path out = tmp.resolve("all-bad-out");
        Run run = cli("cohort", manifest.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("0 recordings in the tables", "2 failed");
        assertThat(CohortTables.all(out.resolve("failures.parquet"), "recording")).hasSize(2);
        assertThat(CohortTables.all(out.resolve("sessions.parquet"), "recording")).isEmpty();
        assertThat(CohortTables.all(out.resolve("summary.parquet"), "condition")).isEmpty();
    }

    @Test
    void aMissingManifestIsOneLineAndWritesNothing() {
        Path out = tmp.resolve("never");
        Run run = cli("cohort", tmp.resolve("absent.csv").toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("lacrima: " + tmp.resolve("absent.csv") + ": no such manifest file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPatternIsOnlyForFolders() throws Exception {
        Path manifest = cohort.writeManifest(tmp.resolve("m.csv"), List.of());
        Run run = cli("cohort", manifest.toString(), "--out", tmp.resolve("p").toString(), "--pattern", "(?<subject>.*)");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("lacrima: --pattern is for a folder");
    }
}
