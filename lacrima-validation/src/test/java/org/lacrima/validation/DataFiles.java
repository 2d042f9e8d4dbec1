package org.lacrima.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;

/** The shared real recordings, read in place through lacrima-io. */
final class DataFiles {
    private DataFiles() {
    }

    static Path path(String relative) {
        return Path.of(System.getProperty("lacrima.data.dir", "../../shared/data")).resolve(relative);
    }

    static Recording read(String relative) {
        try {
            return RecordingReaders.read(path(relative), ReadOptions.defaults()).recording();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
