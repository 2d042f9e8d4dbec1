package org.lacrima.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
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
import scala.Tuple2;

/**
 * What an executor does with one recording: copies it (with a WFDB record's other files, or an E4
 * folder) and its events file from Hadoop's FileSystem into a local temporary folder, takes its
 * result from the job's cache when its content and settings already have one, or else analyses it
 * exactly as {@code lacrima cohort} does and stores the result there; then returns its table rows as
 * JSON text tagged with their table ({@code sessions}, {@code episodes}, {@code indices},
 * {@code failures}, and {@code analysis} for the summary). It never throws: a recording that fails
 * becomes a {@code failures} row.
 */
final class RecordingTask implements Serializable {
    static final String SESSIONS = "sessions";
    static final String EPISODES = "episodes";
    static final String FAILURES = "failures";
    static final String ANALYSIS = "analysis";
    static final String INDICES = "indices";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CohortSettings settings;
    private final Map<String, String> hadoopConf;
    private final String cacheUri;

    /** @param cacheUri the folder (any Hadoop URI) that keeps each recording's result for re-runs */
    RecordingTask(CohortSettings settings, Map<String, String> hadoopConf, String cacheUri) {
        this.settings = settings;
        this.hadoopConf = new LinkedHashMap<>(hadoopConf);
        this.cacheUri = cacheUri;
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
                HadoopResultCache cache = cache();
                RecordingKey key = RecordingKey.of(entry, settings);
                Optional<HadoopResultCache.Stored> earlier = cache.find(key.cacheKey(), settings.indices());
                HadoopResultCache.Stored stored = earlier.isPresent() ? earlier.get() : cache.store(key.cacheKey(),
                        RecordingAnalyzer.service().analyze(settings.request(entry)), settings.indices(), local);
                CohortResult result = new CohortResult(entry, key.contentHash(), key.settingsHash(), stored.analysis(),
                        Optional.empty(), stored.reused());
                Map<String, Object> session = CohortRows.session(result);
                session.put("uri", row.recording());
                out.add(new Tuple2<>(SESSIONS, json(session)));
                for (Map<String, Object> episode : CohortRows.episodes(result)) {
                    out.add(new Tuple2<>(EPISODES, json(episode)));
                }
                if (stored.indicesCsv().isPresent()) {
                    indexRows(row.name(), stored.indicesCsv().get(), out);
                }
                out.add(new Tuple2<>(ANALYSIS, JSON.writeValueAsString(Map.of("row", row.name(),
                        "analysis", result.analysis(), "reused", result.reused()))));
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

    private HadoopResultCache cache() throws IOException {
        Path dir = new Path(cacheUri);
        return new HadoopResultCache(dir.getFileSystem(configuration()), dir);
    }

    /** The rows of a stored indices table ({@code timeSec}, then one column per index; empty cells are no value). */
    private void indexRows(String recording, Path csv, List<Tuple2<String, String>> out) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                csv.getFileSystem(configuration()).open(csv), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) {
                return;
            }
            String[] columns = header.split(",", -1);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("recording", recording);
                for (int c = 0; c < columns.length; c++) {
                    row.put(columns[c], c >= cells.length || cells[c].isEmpty() ? null : Double.valueOf(cells[c]));
                }
                out.add(new Tuple2<>(INDICES, json(row)));
            }
        }
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
