package org.lacrima.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.lacrima.app.cohort.ManifestValidator;

/**
 * Finds a manifest's files through Hadoop's FileSystem, so {@code file:}, {@code hdfs:} and
 * {@code s3a:} URIs all work; a path without a scheme is relative to the manifest's folder.
 */
final class HadoopLocator implements ManifestValidator.Locator {
    private final Configuration conf;
    private final Path base;

    HadoopLocator(Configuration conf, String manifestUri) {
        this.conf = conf;
        Path manifest = new Path(manifestUri);
        this.base = qualified(manifest).getParent();
    }

    @Override
    public String locate(String text) {
        URI uri = new Path(text).toUri();
        Path path = uri.getScheme() != null || text.startsWith("/") ? new Path(text) : new Path(base, text);
        return qualified(path).toString();
    }

    @Override
    public boolean exists(String location) {
        try {
            Path path = new Path(location);
            return path.getFileSystem(conf).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": " + e.getMessage(), e);
        }
    }

    private Path qualified(Path path) {
        try {
            FileSystem fs = path.getFileSystem(conf);
            return fs.makeQualified(path);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": no file system for it: " + e.getMessage(), e);
        }
    }
}
