package org.lacrima.app.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lacrima.app.export.IndicesCsv;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.io.json.AnalysisJsonWriter;

/**
 * The results of earlier runs, one analysis JSON per recording named by the hash of its content and
 * settings ({@code KEY.json}, with {@code KEY.indices.csv} when indices were kept). Each file is
 * written complete or not at all and the JSON last, so after a kill a re-run finds every recording
 * that finished and analyses only the rest.
 */
final class ResultCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final AnalysisJsonWriter writer = new AnalysisJsonWriter(false);

    ResultCache(Path dir) {
        this.dir = dir;
    }

    /** The stored analysis under {@code key}, if complete (with its indices when {@code indices} are needed). */
    Optional<Stored> find(String key, boolean indices) throws IOException {
        Path json = dir.resolve(key + ".json");
        if (!Files.isRegularFile(json) || (indices && !Files.isRegularFile(indicesPath(key)))) {
            return Optional.empty();
        }
        return Optional.of(new Stored(JSON.readTree(json.toFile()), indices ? Optional.of(indicesPath(key))
                : Optional.empty()));
    }

    /** Stores {@code analysis} under {@code key} and returns it as read back. */
    Stored store(String key, SessionAnalysis analysis, boolean indices) throws IOException {
        Files.createDirectories(dir);
        if (indices) {
            IndicesCsv.write(indicesPath(key), analysis);
        }
        Path json = dir.resolve(key + ".json");
        writer.write(analysis, json);
        return new Stored(JSON.readTree(json.toFile()), indices ? Optional.of(indicesPath(key))
                : Optional.empty());
    }

    private Path indicesPath(String key) {
        return dir.resolve(key + ".indices.csv");
    }

    /** A stored analysis JSON and its indices table. */
    record Stored(JsonNode analysis, Optional<Path> indicesCsv) {
    }
}
