package org.lacrima.app.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestValidatorTest {
    @TempDir
    Path dir;

    @BeforeEach
    void recordings() throws IOException {
        Files.writeString(dir.resolve("a.edf"), "x");
        Files.writeString(dir.resolve("b.edf"), "x");
        Files.writeString(dir.resolve("a.events.csv"), "onset,label\n");
    }

    private CohortPlan validate(String... lines) throws IOException {
        Path manifest = Files.write(dir.resolve("manifest.csv"), List.of(lines));
        return ManifestValidator.validate(ManifestTable.read(manifest));
    }

    @Test
    void aGoodManifestGivesEveryField() throws IOException {
        CohortPlan plan = validate("Recording,Subject,Session,Session_Date,Arm,Events,Baseline",
                "a.edf,S1,s1,2026-03-02,ef,a.events.csv,0:120", "file:" + dir.resolve("b.edf") + ",S1,s2,,ef,,");
        assertThat(plan.rejected()).isEmpty();
        CohortEntry a = plan.entries().get(0);
        assertThat(a.name()).isEqualTo("S1_s1");
        assertThat(a.recording()).isEqualTo(dir.resolve("a.edf"));
        assertThat(a.sessionDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-03-02"));
        assertThat(a.condition()).isEqualTo("ef");
        assertThat(a.events()).contains(dir.resolve("a.events.csv"));
        assertThat(a.baseline()).contains(new CohortEntry.BaselineRange(0, 120));
        assertThat(plan.entries().get(1).sessionDate()).isEmpty();
        assertThat(plan.entries().get(1).recording()).isEqualTo(dir.resolve("b.edf"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nothere.edf,S1,s1,2026-01-01,ef,,         | nothere.edf: no such file",
        "a.edf,S1,s1,2026-02-30,ef,,               | session date '2026-02-30' is not a date",
        "a.edf,S1,s1,yesterday,ef,,                | session date 'yesterday' is not a date",
        "a.edf,,s1,2026-01-01,ef,,                 | no subject given",
        "a.edf,S1,s1,2026-01-01,,,                 | no condition given",
        "a.edf,S1,s1,2026-01-01,ef,none.csv,       | events file none.csv does not exist",
        "a.edf,S1,s1,2026-01-01,ef,,120:60         | baseline '120:60' is not START:END",
        "a.edf,S1,s1,2026-01-01,ef,,calm           | baseline 'calm' is not START:END",
        "hdfs://nn/a.edf,S1,s1,2026-01-01,ef,,     | hdfs URIs are read by the Spark engine",
    })
    void aBadRowIsRejectedWithOneLineAndTheOthersGoOn(String row, String reason) throws IOException {
        CohortPlan plan = validate("recording,subject,session,date,condition,events,baseline",
                "b.edf,S0,s1,2026-01-01,ef,,", row);
        assertThat(plan.entries()).extracting(CohortEntry::subject).containsExactly("S0");
        assertThat(plan.rejected()).singleElement().satisfies(f -> {
            assertThat(f.reason()).startsWith("manifest.csv row 2: ").contains(reason).doesNotContain("\n");
            assertThat(f.stage()).isEqualTo("manifest");
        });
    }

    @Test
    void theSameRecordingTwiceIsRejectedOnce() throws IOException {
        CohortPlan plan = validate("recording,subject,condition", "a.edf,S1,x", "./a.edf,S2,x");
        assertThat(plan.entries()).hasSize(1);
        assertThat(plan.rejected()).singleElement().extracting(CohortFailure::reason).asString()
                .contains("the same recording as row 1");
    }

    @Test
    void withoutAConditionColumnEveryRecordingIsInOneCondition() throws IOException {
        CohortPlan plan = validate("path,subject", "a.edf,S1", "b.edf,S1");
        assertThat(plan.entries()).extracting(CohortEntry::condition).containsOnly(ManifestValidator.NO_CONDITION);
        assertThat(plan.entries()).extracting(CohortEntry::name).containsExactly("S1_a", "S1_b");
    }

    @Test
    void aManifestWithoutItsRequiredColumnsIsRejectedWhole() throws IOException {
        Path manifest = Files.write(dir.resolve("m.csv"), List.of("file_name,who", "a.edf,S1"));
        assertThatThrownBy(() -> ManifestValidator.validate(ManifestTable.read(manifest)))
                .hasMessageContaining("m.csv: no 'recording' column");
        assertThatThrownBy(() -> ManifestTable.read(dir.resolve("absent.csv")))
                .hasMessageContaining("absent.csv: no such manifest file");
    }

    @Test
    void aParquetManifestReadsLikeACsvOne() throws Exception {
        Path parquet = dir.resolve("manifest.parquet");
        try (Connection db = DuckDb.inMemory(); Statement st = db.createStatement()) {
            st.execute("COPY (SELECT 'a.edf' AS recording, 'S1' AS subject, DATE '2026-04-01' AS date, 'ef' AS condition)"
                    + " TO " + DuckDb.literal(parquet.toString()) + " (FORMAT parquet)");
        }
        CohortPlan plan = ManifestValidator.validate(ManifestTable.read(parquet));
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.entries()).singleElement().satisfies(e -> {
            assertThat(e.recording()).isEqualTo(dir.resolve("a.edf"));
            assertThat(e.sessionDate().orElseThrow().toString()).isEqualTo("2026-04-01");
        });
    }

    @Test
    void aFolderCohortTakesSubjectSessionAndConditionFromThePath() throws IOException {
        Path root = Files.createDirectories(dir.resolve("study"));
        for (String p : List.of("ef/S1/2026-01-05_s1.edf", "ef/S1/2026-01-12_s2.edf", "cbt/S2/2026-01-05_s1.edf",
                "cbt/S2/notes_s9.edf")) {
            Files.createDirectories(root.resolve(p).getParent());
            Files.writeString(root.resolve(p), "x");
        }
        CohortPlan plan = FolderCohort.plan(root,
                "(?<condition>[^/]+)/(?<subject>[^/]+)/(?<date>[^_/]+)_(?<session>[^/.]+)\\.edf");
        assertThat(plan.entries()).extracting(e -> e.condition() + " " + e.subject() + " " + e.session() + " "
                + e.sessionDate().orElseThrow()).containsExactly("cbt S2 s1 2026-01-05", "ef S1 s1 2026-01-05",
                "ef S1 s2 2026-01-12");
        assertThat(plan.rejected()).singleElement().extracting(CohortFailure::reason).asString()
                .contains("cbt/S2/notes_s9.edf", "date 'notes' is not a date");
        CohortPlan byFolders = FolderCohort.plan(root.resolve("ef"), null);
        assertThat(byFolders.entries()).extracting(CohortEntry::name).containsExactly("S1_2026-01-05_s1", "S1_2026-01-12_s2");
    }
}
