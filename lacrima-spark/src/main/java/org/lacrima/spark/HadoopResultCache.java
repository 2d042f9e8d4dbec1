package org.lacrima.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lacrima.app.export.IndicesCsv;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.io.json.AnalysisJsonWriter;

/**
 * The Spark job's store of earlier results, laid out as the one-machine engine's {@code OUT/cache}
 * ({@code KEY.json}, {@code KEY.indices.csv}) but on any Hadoop file system, so a re-run skips every
 * recording whose content and settings already have a result. Each file is written under a temporary
 * name and renamed into place (the JSON last), so a killed task or a speculative twin never leaves a
 * half file that a re-run would trust.
 */
final class HadoopResultCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FileSystem fs;
    private final Path dir;

    HadoopResultCache(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    /** An analysis JSON and, when kept, where its indices table is. */
    record Stored(JsonNode analysis, Optional<Path> indicesCsv, boolean reused) {
    }

    /** The stored result under {@code key}, if complete (with its indices when {@code indices} are needed). */
    Optional<Stored> find(String key, boolean indices) throws IOException {
        Path json = new Path(dir, key + ".json");
        if (!fs.exists(json) || (indices && !fs.exists(indicesPath(key)))) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(json)) {
            return Optional.of(new Stored(JSON.readTree(in), indices ? Optional.of(indicesPath(key)) : Optional.empty(),
                    true));
        }
    }

    /** Stores {@code analysis} under {@code key}, through files written in the task's {@code localDir} first. */
    Stored store(String key, SessionAnalysis analysis, boolean indices, java.nio.file.Path localDir) throws IOException {
        fs.mkdirs(dir);
        if (indices) {
            java.nio.file.Path csv = localDir.resolve(key + ".indices.csv");
            IndicesCsv.write(csv, analysis);
            put(csv, indicesPath(key));
        }
        java.nio.file.Path json = localDir.resolve(key + ".json");
        new AnalysisJsonWriter(false).write(analysis, json);
        put(json, new Path(dir, key + ".json"));
        return new Stored(JSON.readTree(json.toFile()), indices ? Optional.of(indicesPath(key)) : Optional.empty(),
                false);
    }

    private void put(java.nio.file.Path local, Path target) throws IOException {
        Path temp = new Path(dir, "." + target.getName() + "." + UUID.randomUUID() + ".part");
        fs.copyFromLocalFile(false, true, new Path(local.toUri()), temp);
        // a twin task may have put the same result first: equal keys give equal files, keep theirs
        if (!fs.rename(temp, target)) {
            fs.delete(temp, false);
            if (!fs.exists(target)) {
                throw new IOException(target + ": cannot store the result");
            }
        }
    }

    private Path indicesPath(String key) {
        return new Path(dir, key + ".indices.csv");
    }
}
