package org.lacrima.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.cohort.CohortAcceptance;
import org.lacrima.app.cohort.CohortJob;
import org.lacrima.app.cohort.CohortSettings;
import org.lacrima.app.cohort.ManifestTable;
import org.lacrima.app.cohort.ManifestValidator;
import org.lacrima.app.cohort.SimulatedCohort;
import org.lacrima.app.jobs.RecordingAnalyzer;

/**
 * The acceptance cohort ({@link SimulatedCohort#acceptance}: 216 simulated sessions in three arms and
 * three bad rows) through both engines: Spark ({@code local[2]}) and the one-machine job give the same
 * sessions, episodes, failures and summary tables; Spark's episodes are what {@code analyze} writes and
 * its summary recovers the arms; DuckDB reads Spark's partitioned output and Spark reads DuckDB's; a
 * Spark re-run analyses only the recordings without a result, and its indices equal the one-machine ones.
 */
class CohortSparkJobTest {
    private static final CohortSettings WITH_INDICES = new CohortSettings(List.of(), null, null, true);

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static SimulatedCohort cohort;
    static Path oneMachine;
    static Path onSpark;
    static CohortSparkJob.Summary summary;

    @BeforeAll
    static void runBothEngines() throws Exception {
        cohort = SimulatedCohort.acceptance(tmp.resolve("cohort"));
        Path manifest = cohort.writeAcceptanceManifest(cohort.dir.resolve("manifest.csv"));

        oneMachine = tmp.resolve("one-machine");
        new CohortJob(RecordingAnalyzer.service(), CohortSettings.defaults(), 2, null, null)
                .run(ManifestValidator.validate(ManifestTable.read(manifest)), oneMachine);

        spark = SparkSession.builder().master("local[2]").appName("lacrima-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        onSpark = tmp.resolve("spark");
        summary = CohortSparkJob.run(spark, manifest.toString(), onSpark.toUri().toString(), CohortSettings.defaults());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void bothEnginesGiveTheSameSessionsEpisodesAndFailures() throws Exception {
        assertThat(summary.sessions()).isEqualTo(cohort.sessions.size()).isGreaterThanOrEqualTo(200);
        assertThat(summary.analysedNow()).isEqualTo(summary.sessions());
        assertThat(summary.failures()).isEqualTo(3);
        List<Map<String, Object>> duck = duckdb(parquet(oneMachine.resolve("sessions.parquet")), "recording");
        List<Map<String, Object>> fromSpark = duckdb(partitioned(onSpark.resolve("sessions")), "recording");
        assertThat(withoutUri(fromSpark)).isEqualTo(withoutUri(duck)).hasSize(cohort.sessions.size());
        assertThat(fromSpark).allSatisfy(r -> assertThat((String) r.get("uri")).startsWith("file:/"));
        String episodes = "recording, episode";
        assertThat(duckdb(partitioned(onSpark.resolve("episodes")), episodes))
                .isEqualTo(duckdb(parquet(oneMachine.resolve("episodes.parquet")), episodes)).hasSizeGreaterThan(100);
        // the recording column names the file as each engine located it (a path, a file: URI)
        String failures = "(SELECT subject, condition, stage, reason FROM read_parquet('%s'))";
        assertThat(duckdb(String.format(failures, onSpark.resolve("failures") + "/*.parquet"), "subject"))
                .isEqualTo(duckdb(String.format(failures, oneMachine.resolve("failures.parquet")), "subject"))
                .extracting(r -> r.get("subject")).containsExactly("broken", "ghost", "late");
    }

    @Test
    void sparkEpisodesAreWhatAnalyzeWrites() throws Exception {
        CohortAcceptance.assertEpisodesAreWhatAnalyzeWrites(cohort, tmp, recording -> duckdb("(SELECT * FROM "
                + partitioned(onSpark.resolve("episodes")) + " WHERE recording = '" + recording + "')", "episode"));
    }

    @Test
    void sparkSummaryRecoversTheArmsAndEqualsTheOneMachineSummary() throws Exception {
        CohortAcceptance.assertSummaryRecoversTheArms(summary.cohort(), cohort);
        assertThat(duckdb(parquet(onSpark.resolve("summary") + "/*.parquet"), "condition"))
                .isEqualTo(duckdb(parquet(oneMachine.resolve("summary.parquet")), "condition")).hasSize(3);
        assertThat(duckdb(parquet(onSpark.resolve("trajectories") + "/*.parquet"), "subject, \"order\""))
                .isEqualTo(duckdb(parquet(oneMachine.resolve("trajectories.parquet")), "subject, \"order\""))
                .hasSize(cohort.sessions.size());
        assertThat(Files.readString(onSpark.resolve("summary.html"))).contains("<svg", "garbage.edf", "waitlist");
        // summary.csv as on one machine: one file, the same conditions and columns
        assertThat(duckdb("read_csv_auto('" + onSpark.resolve("summary.csv") + "')", "condition"))
                .isEqualTo(duckdb("read_csv_auto('" + oneMachine.resolve("summary.csv") + "')", "condition")).hasSize(3);
        assertThat(onSpark.resolve(".summary.csv.parts")).doesNotExist();
    }

    @Test
    void sparkReadsTheOneMachineTables() {
        Dataset<Row> sessions = spark.read().parquet(oneMachine.resolve("sessions.parquet").toString());
        assertThat(sessions.count()).isEqualTo(cohort.sessions.size());
        assertThat(sessions.columns()).contains("recording", "subject", "condition", "episodesPerHour", "warnings");
        Dataset<Row> episodes = spark.read().parquet(oneMachine.resolve("episodes.parquet").toString());
        assertThat(episodes.groupBy("condition").count().count()).isEqualTo(3);
        assertThat(episodes.columns()).contains("outcome", "buildUpSec", "vagalReboundSize", "channelsUsed");
        assertThat(spark.read().parquet(oneMachine.resolve("failures.parquet").toString()).count()).isEqualTo(3);
    }

    @Test
    void aSparkReRunAnalysesOnlyWhatHasNoResultAndWritesTheOneMachineIndices() throws Exception {
        Path few = cohort.writeManifest(tmp.resolve("few.csv"), cohort.sessions.subList(0, 3), List.of());
        Path more = cohort.writeManifest(tmp.resolve("more.csv"), cohort.sessions.subList(0, 6), List.of());
        String out = tmp.resolve("spark-again").toUri().toString();
        assertThat(CohortSparkJob.run(spark, few.toString(), out, WITH_INDICES).analysedNow()).isEqualTo(3);
        CohortSparkJob.Summary rerun = CohortSparkJob.run(spark, more.toString(), out, WITH_INDICES);
        assertThat(rerun.sessions()).isEqualTo(6);
        assertThat(rerun.analysedNow()).isEqualTo(3);

        Path machine = tmp.resolve("one-machine-indices");
        new CohortJob(RecordingAnalyzer.service(), WITH_INDICES, 2, null, null)
                .run(ManifestValidator.validate(ManifestTable.read(more)), machine);
        String order = "recording, timeSec";
        assertThat(duckdb(parquet(tmp.resolve("spark-again").resolve("indices") + "/*.parquet"), order))
                .isEqualTo(duckdb(parquet(machine.resolve("indices.parquet")), order)).hasSizeGreaterThan(6 * 2000);
    }

    private static String parquet(Object path) {
        return "read_parquet('" + path + "')";
    }

    private static String partitioned(Path dir) {
        return "read_parquet('" + dir + "/**/*.parquet', hive_partitioning = true)";
    }

    /** Every row of a DuckDB table expression, columns sorted by name, numbers as doubles, lists as lists. */
    private static List<Map<String, Object>> duckdb(String from, String orderBy) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + from + " ORDER BY " + orderBy)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    if (v instanceof Array a) {
                        v = Arrays.asList((Object[]) a.getArray());
                    } else if (v instanceof Number n) {
                        v = n.doubleValue();
                    } else if (v != null && !(v instanceof String) && !(v instanceof Boolean)) {
                        v = v.toString();
                    }
                    row.put(md.getColumnName(c), v);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<Map<String, Object>> withoutUri(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.remove("uri");
            return copy;
        }).toList();
    }
}
