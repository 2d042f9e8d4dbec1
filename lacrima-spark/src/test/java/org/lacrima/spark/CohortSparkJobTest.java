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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.cohort.CohortJob;
import org.lacrima.app.cohort.CohortSettings;
import org.lacrima.app.cohort.ManifestTable;
import org.lacrima.app.cohort.ManifestValidator;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;

/**
 * 20 simulated sessions and two bad rows through both engines: Spark ({@code local[2]}) and the
 * one-machine job give the same sessions, episodes and failures; DuckDB reads Spark's partitioned
 * output and Spark reads DuckDB's.
 */
class CohortSparkJobTest {
    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path oneMachine;
    static Path onSpark;
    static CohortSparkJob.Summary summary;

    @BeforeAll
    static void runBothEngines() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cohort"));
        List<String> manifest = new ArrayList<>(List.of("recording,subject,session,date,condition"));
        for (int i = 0; i < 20; i++) {
            String condition = i < 10 ? "a" : "b";
            Outcome[] outcomes = i % 4 == 3 ? new Outcome[0]
                    : new Outcome[] {(i % 3 == 0) == condition.equals("a") ? Outcome.RESOLVED : Outcome.SUBSIDED};
            SimulationConfig config = SimulationConfig.defaults().withDurationSec(10 * 60).withOutcomes(outcomes)
                    .withSeed(100 + i).withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA))
                    .withRateHz(ChannelType.ECG, 250).withRateHz(ChannelType.EDA, 8);
            String file = "S" + (i / 5) + "/s" + (i % 5) + ".edf";
            Files.createDirectories(dir.resolve(file).getParent());
            EdfWriter.write(SessionSimulator.simulate(config).recording(), dir.resolve(file));
            manifest.add(file + ",S" + (i / 5) + ",s" + (i % 5) + ",2026-02-0" + (1 + i % 5) + "," + condition);
        }
        Files.writeString(dir.resolve("garbage.edf"), "not an EDF file\n");
        manifest.add("garbage.edf,S9,s1,2026-02-01,b");
        manifest.add("missing.edf,S9,s2,2026-02-02,b");
        Path manifestFile = Files.write(dir.resolve("manifest.csv"), manifest);

        oneMachine = tmp.resolve("one-machine");
        new CohortJob(RecordingAnalyzer.service(), CohortSettings.defaults(), 2, null, null)
                .run(ManifestValidator.validate(ManifestTable.read(manifestFile)), oneMachine);

        spark = SparkSession.builder().master("local[2]").appName("lacrima-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        onSpark = tmp.resolve("spark");
        summary = CohortSparkJob.run(spark, manifestFile.toString(), onSpark.toUri().toString(), CohortSettings.defaults());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void bothEnginesGiveTheSameSessionsAndEpisodes() throws Exception {
        assertThat(summary.sessions()).isEqualTo(20);
        assertThat(summary.failures()).isEqualTo(2);
        List<Map<String, Object>> duck = duckdb("read_parquet('" + oneMachine.resolve("sessions.parquet") + "')",
                "recording");
        List<Map<String, Object>> fromSpark = duckdb("read_parquet('" + onSpark.resolve("sessions") + "/**/*.parquet', "
                + "hive_partitioning = true)", "recording");
        assertThat(withoutUri(fromSpark)).isEqualTo(withoutUri(duck));
        assertThat(fromSpark).allSatisfy(r -> assertThat((String) r.get("uri")).startsWith("file:/"));
        String episodes = "recording, episode";
        assertThat(duckdb("read_parquet('" + onSpark.resolve("episodes") + "/**/*.parquet', hive_partitioning = true)",
                episodes)).isEqualTo(duckdb("read_parquet('" + oneMachine.resolve("episodes.parquet") + "')", episodes))
                .isNotEmpty();
        // the recording column names the file as each engine located it (a path, a file: URI)
        assertThat(duckdb("(SELECT subject, condition, stage, reason FROM read_parquet('" + onSpark.resolve("failures")
                + "/*.parquet'))", "subject, reason")).isEqualTo(duckdb("(SELECT subject, condition, stage, reason FROM "
                + "read_parquet('" + oneMachine.resolve("failures.parquet") + "'))", "subject, reason")).hasSize(2);
        assertThat(Files.readString(onSpark.resolve("summary.html"))).contains("<svg", "garbage.edf");
    }

    @Test
    void sparkReadsTheOneMachineTables() {
        Dataset<Row> sessions = spark.read().parquet(oneMachine.resolve("sessions.parquet").toString());
        assertThat(sessions.count()).isEqualTo(20);
        assertThat(sessions.columns()).contains("recording", "subject", "condition", "episodesPerHour", "warnings");
        Dataset<Row> episodes = spark.read().parquet(oneMachine.resolve("episodes.parquet").toString());
        assertThat(episodes.groupBy("condition").count().count()).isEqualTo(2);
        assertThat(episodes.columns()).contains("outcome", "buildUpSec", "vagalReboundSize", "channelsUsed");
    }

    /** Every row of a DuckDB table expression, columns sorted by name, numbers as doubles, lists as lists. */
    private static List<Map<String, Object>> duckdb(String from, String orderBy) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + from + " ORDER BY " + orderBy)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new java.util.TreeMap<>();
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
