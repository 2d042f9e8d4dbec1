package org.lacrima.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.lacrima.app.cohort.CohortFailure;
import org.lacrima.app.cohort.CohortJob;
import org.lacrima.app.cohort.CohortPage;
import org.lacrima.app.cohort.CohortResult;
import org.lacrima.app.cohort.CohortRows;
import org.lacrima.app.cohort.CohortSettings;
import org.lacrima.app.cohort.CohortSummary;
import org.lacrima.app.cohort.ManifestRow;
import org.lacrima.app.cohort.ManifestTable;
import org.lacrima.app.cohort.ManifestValidator;

/**
 * The cohort job of {@code lacrima cohort} as a Spark application. The manifest (CSV or Parquet, any
 * Hadoop URI) is read and validated on the driver; each recording is one task, analysed in an
 * executor by {@link RecordingTask} (or taken from {@code OUT/cache} when an earlier run analysed the
 * same content with the same settings); the tables {@code sessions} and {@code episodes} are written
 * as Parquet partitioned by condition, {@code indices} (when asked), {@code failures} (rejected rows
 * and recordings that failed, never failing the job), {@code summary} and {@code trajectories} as
 * Parquet, and {@code summary.html} beside them.
 *
 * <pre>spark-submit --class org.lacrima.spark.CohortSparkJob lacrima-spark.jar MANIFEST_URI OUT_URI [--indices]</pre>
 */
public final class CohortSparkJob {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StructType FAILURES = new StructType().add("recording", DataTypes.StringType)
            .add("subject", DataTypes.StringType).add("condition", DataTypes.StringType)
            .add("stage", DataTypes.StringType).add("reason", DataTypes.StringType);

    /**
     * What a run wrote.
     *
     * @param sessions    recordings in the tables
     * @param analysedNow recordings analysed in this run (the others came from {@code OUT/cache})
     * @param episodes    episodes found
     * @param failures    rows rejected and recordings that failed
     * @param cohort      the summary written to {@code summary}, {@code trajectories} and {@code summary.html}
     */
    public record Summary(long sessions, long analysedNow, long episodes, long failures, CohortSummary cohort) {
    }

    private CohortSparkJob() {
    }

    public static void main(String[] args) throws IOException {
        boolean indices = args.length == 3 && args[2].equals("--indices");
        if (args.length != 2 && !indices) {
            System.err.println("usage: CohortSparkJob MANIFEST_URI OUT_URI [--indices]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("lacrima-cohort").getOrCreate();
        CohortSettings defaults = CohortSettings.defaults();
        Summary s = run(spark, args[0], args[1], new CohortSettings(defaults.interventionLabels(),
                defaults.scrThreshold(), defaults.ecgChannel(), indices));
        System.err.println("lacrima: " + s.sessions() + " recordings in the tables (" + s.analysedNow()
                + " analysed now), " + s.episodes() + " episodes, " + s.failures() + " failed (listed in failures)");
        spark.stop();
    }

    /** Runs the cohort of the manifest at {@code manifestUri} into the folder {@code outUri}. */
    public static Summary run(SparkSession spark, String manifestUri, String outUri, CohortSettings settings)
            throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ManifestValidator.Validated plan = ManifestValidator.validate(readManifest(spark, manifestUri), manifestUri,
                new HadoopLocator(conf, manifestUri));
        Map<String, String> confEntries = new HashMap<>();
        conf.forEach(e -> confEntries.put(e.getKey(), e.getValue()));
        RecordingTask task = new RecordingTask(settings, confEntries, outUri + "/" + CohortJob.CACHE_DIR);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // one partition per recording: recordings are the unit of parallelism
        JavaPairRDD<String, String> rows = jsc.parallelize(plan.rows(), Math.max(1, plan.rows().size()))
                .flatMapToPair(row -> task.run(row).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long sessions = write(frame(spark, only(rows, RecordingTask.SESSIONS)), outUri + "/sessions", true);
            long episodes = write(frame(spark, only(rows, RecordingTask.EPISODES)), outUri + "/episodes", true);
            if (settings.indices()) {
                Dataset<Row> indices = frame(spark, only(rows, RecordingTask.INDICES));
                write(indices == null ? null : indices.orderBy("recording", "timeSec"), outUri + "/indices", false);
            }
            List<String> failed = new ArrayList<>(only(rows, RecordingTask.FAILURES).collect());
            for (CohortFailure f : plan.rejected()) {
                failed.add(RecordingTask.json(CohortRows.failure(f)));
            }
            spark.read().schema(FAILURES).json(spark.createDataset(failed, Encoders.STRING())).coalesce(1)
                    .write().mode(SaveMode.Overwrite).parquet(outUri + "/failures");
            List<CohortResult> results = results(plan, only(rows, RecordingTask.ANALYSIS).collect());
            CohortSummary cohort = CohortSummary.of(results);
            Dataset<Row> conditions = frame(spark, jsc.parallelize(json(cohort.conditionRows()), 1));
            write(conditions, outUri + "/summary", false);
            writeCsv(conf, conditions, outUri + "/summary.csv");
            write(frame(spark, jsc.parallelize(json(cohort.trajectoryRows()), 1)), outUri + "/trajectories", false);
            writePage(conf, cohort, failed, outUri + "/summary.html");
            return new Summary(sessions, results.stream().filter(r -> !r.reused()).count(), episodes, failed.size(),
                    cohort);
        } finally {
            rows.unpersist(false);
        }
    }

    private static JavaRDD<String> only(JavaPairRDD<String, String> rows, String table) {
        return rows.filter(t -> t._1().equals(table)).values();
    }

    private static List<String> json(List<Map<String, Object>> rows) {
        return rows.stream().map(RecordingTask::json).toList();
    }

    /** JSON rows as a table, columns in the order the first row gives them, or null when there are no rows. */
    private static Dataset<Row> frame(SparkSession spark, JavaRDD<String> json) throws IOException {
        List<String> first = json.take(1);
        if (first.isEmpty()) {
            return null;
        }
        Dataset<Row> df = spark.read().json(spark.createDataset(json.rdd(), Encoders.STRING()));
        if (List.of(df.columns()).contains("sessionDate")) {
            df = df.withColumn("sessionDate", functions.col("sessionDate").cast(DataTypes.DateType));
        }
        Set<String> order = new LinkedHashSet<>();
        JSON.readTree(first.get(0)).fieldNames().forEachRemaining(order::add);
        order.addAll(List.of(df.columns()));
        return df.select(order.stream().map(functions::col).toArray(Column[]::new));
    }

    /** Writes {@code df} as Parquet at {@code uri} (partitioned by condition, or as one file); returns its rows. */
    private static long write(Dataset<Row> df, String uri, boolean byCondition) {
        if (df == null) {
            return 0;
        }
        if (byCondition) {
            df.write().mode(SaveMode.Overwrite).partitionBy("condition").parquet(uri);
        } else {
            df.coalesce(1).write().mode(SaveMode.Overwrite).parquet(uri);
        }
        return df.count();
    }

    /**
     * Writes the small table {@code df} as one CSV file with a header at {@code uri}, as the one-machine job writes
     * {@code summary.csv}: Spark writes a folder of part files, so its single part is renamed into place (the folder is
     * written beside the target and removed), and a reader never sees a half-written file.
     */
    private static void writeCsv(Configuration conf, Dataset<Row> df, String uri) throws IOException {
        if (df == null) {
            return;
        }
        Path target = new Path(uri);
        Path parts = new Path(target.getParent(), "." + target.getName() + ".parts");
        df.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(parts.toString());
        FileSystem fs = target.getFileSystem(conf);
        FileStatus[] written = fs.globStatus(new Path(parts, "part-*"));
        if (written == null || written.length != 1) {
            throw new IOException(uri + ": expected one CSV part in " + parts + ", found "
                    + (written == null ? 0 : written.length));
        }
        fs.delete(target, false);
        if (!fs.rename(written[0].getPath(), target)) {
            throw new IOException(uri + ": cannot move " + written[0].getPath() + " into place");
        }
        fs.delete(parts, true);
    }

    private static List<Map<String, String>> readManifest(SparkSession spark, String uri) {
        boolean parquet = uri.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
        Dataset<Row> table = parquet ? spark.read().parquet(uri) : spark.read().option("header", "true").csv(uri);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Row r : table.collectAsList()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < r.length(); c++) {
                Object v = r.get(c);
                String text = v == null ? null : v.toString().strip();
                row.put(ManifestTable.normalise(r.schema().fields()[c].name()), text == null || text.isEmpty() ? null : text);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The analysed recordings from their analyses gathered on the driver (a few kilobytes each), in plan order. */
    private static List<CohortResult> results(ManifestValidator.Validated plan, List<String> analyses)
            throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        Map<String, Boolean> reused = new HashMap<>();
        for (String text : analyses) {
            JsonNode node = JSON.readTree(text);
            byName.put(node.path("row").asText(), node.path("analysis"));
            reused.put(node.path("row").asText(), node.path("reused").asBoolean());
        }
        List<CohortResult> results = new ArrayList<>();
        for (ManifestRow row : plan.rows()) {
            if (byName.containsKey(row.name())) {
                results.add(new CohortResult(row.toEntry(java.nio.file.Path.of(row.name()), Optional.empty()), "", "",
                        byName.get(row.name()), Optional.empty(), reused.get(row.name())));
            }
        }
        return results;
    }

    private static void writePage(Configuration conf, CohortSummary cohort, List<String> failed, String uri)
            throws IOException {
        List<CohortFailure> failures = new ArrayList<>();
        for (String text : failed) {
            failures.add(JSON.readValue(text, CohortFailure.class));
        }
        Path target = new Path(uri);
        FileSystem fs = target.getFileSystem(conf);
        try (OutputStream out = fs.create(target, true)) {
            out.write(CohortPage.html(cohort, failures).getBytes(StandardCharsets.UTF_8));
        }
    }
}
