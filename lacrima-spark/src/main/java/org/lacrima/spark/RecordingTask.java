package org.lacrima.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lacrima.app.cohort.CohortEntry;
import org.lacrima.app.cohort.CohortFailure;
import org.lacrima.app.cohort.CohortResult;
import org.lacrima.app.cohort.CohortRows;
import org.lacrima.app.cohort.CohortSettings;
import org.lacrima.app.cohort.ManifestRow;
import org.lacrima.app.cohort.RecordingKey;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.io.json.AnalysisJsonWriter;
import scala.Tuple2;

/**
 * What an executor does with one recording: copies it (with a WFDB record's other files, or an E4
 * folder) and its events file from Hadoop's FileSystem into a local temporary folder, analyses it
 * exactly as {@code lacrima cohort} does, and returns its table rows as JSON text tagged with their
 * table ({@code sessions}, {@code episodes}, {@code failures}, and {@code analysis} for the summary).
 * It never throws: a recording that fails becomes a {@code failures} row.
 */
final class RecordingTask implements Serializable {
    static final String SESSIONS = "sessions";
    static final String EPISODES = "episodes";
    static final String FAILURES = "failures";
    static final String ANALYSIS = "analysis";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CohortSettings settings;
    private final Map<String, String> hadoopConf;

    RecordingTask(CohortSettings settings, Map<String, String> hadoopConf) {
        this.settings = settings;
        this.hadoopConf = new LinkedHashMap<>(hadoopConf);
    }

    List<Tuple2<String, String>> run(ManifestRow row) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        java.nio.file.Path local = null;
        try {
            local = Files.createTempDirectory("lacrima-recording-");
            java.nio.file.Path recording = fetch(row.recording(), local.resolve("recording"));
            Optional<java.nio.file.Path> events = row.events() == null ? Optional.empty()
                    : Optional.of(fetch(row.events(), local.resolve("events")));
            CohortEntry entry = row.toEntry(recording, events);
            try {
                CohortResult result = analyse(entry);
                Map<String, Object> session = CohortRows.session(result);
                session.put("uri", row.recording());
                out.add(new Tuple2<>(SESSIONS, json(session)));
                for (Map<String, Object> episode : CohortRows.episodes(result)) {
                    out.add(new Tuple2<>(EPISODES, json(episode)));
                }
                out.add(new Tuple2<>(ANALYSIS, JSON.writeValueAsString(Map.of("row", row.name(),
                        "analysis", result.analysis()))));
            } catch (Exception | OutOfMemoryError e) {
                out.add(failure(row, RecordingKey.reason(entry.recording(), e)));
            }
        } catch (Exception e) {
            out.add(failure(row, row.recording() + ": cannot be fetched: " + firstLine(e)));
        } finally {
            deleteQuietly(local);
        }
        return out;
    }

    private CohortResult analyse(CohortEntry entry) throws IOException {
        RecordingKey key = RecordingKey.of(entry, settings);
        AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
        JsonNode analysis = JSON.readTree(writer.toJson(RecordingAnalyzer.service().analyze(settings.request(entry))));
        return new CohortResult(entry, key.contentHash(), key.settingsHash(), analysis, Optional.empty(), false);
    }

    /** Copies the file (or folder) at {@code uri} into {@code dir}, keeping its name; a WFDB header brings its record's files. */
    private java.nio.file.Path fetch(String uri, java.nio.file.Path dir) throws IOException {
        Files.createDirectories(dir);
        Path source = new Path(uri);
        FileSystem fs = source.getFileSystem(configuration());
        List<Path> parts = new ArrayList<>(List.of(source));
        if (source.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".hea")) {
            String record = source.getName().substring(0, source.getName().length() - ".hea".length());
            FileStatus[] siblings = fs.globStatus(new Path(source.getParent(), record + ".*"));
            if (siblings != null) {
                for (FileStatus s : siblings) {
                    if (!s.getPath().getName().equals(source.getName())) {
                        parts.add(s.getPath());
                    }
                }
            }
        }
        for (Path part : parts) {
            fs.copyToLocalFile(false, part, new Path(dir.resolve(part.getName()).toUri()), true);
        }
        return dir.resolve(source.getName());
    }

    private Configuration configuration() {
        Configuration conf = new Configuration();
        hadoopConf.forEach(conf::set);
        return conf;
    }

    private static Tuple2<String, String> failure(ManifestRow row, String reason) {
        return new Tuple2<>(FAILURES, json(CohortRows.failure(new CohortFailure(row.recording(), row.subject(),
                row.condition(), "analysis", reason))));
    }

    /** A row as JSON: dates as ISO text (cast back to dates by the job). */
    static String json(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((k, v) -> plain.put(k, v instanceof LocalDate d ? d.toString() : v));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table row not serialisable", e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<java.nio.file.Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned with the executor's temp dir
        }
    }
}
