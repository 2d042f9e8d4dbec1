package org.lacrima.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads small text files (headers, RR lists, events) whole, after checking that they exist and are
 * not absurdly large: a mislabelled multi-gigabyte file must give a one-line error, not an
 * {@link OutOfMemoryError}.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @param maxBytes   the largest size that makes sense for {@code kind}
     * @param kind       what the file should be, for the message ("a WFDB header", "an events file")
     * @param allowEmpty whether an empty file is valid (an events file with no events) or an error
     * @throws RecordingFormatException naming the file when it is missing, empty or too large
     */
    public static byte[] read(Path file, long maxBytes, String kind, boolean allowEmpty) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "file not found");
        }
        if (size == 0 && !allowEmpty) {
            throw new RecordingFormatException(file, "empty file");
        }
        if (size > maxBytes) {
            throw new RecordingFormatException(file, "too large for " + kind + " (" + size + " bytes)");
        }
        return Files.readAllBytes(file);
    }

    /**
     * The bytes of a text file, refusing binary content (a NUL byte) with a message naming the file.
     *
     * @see #read(Path, long, String, boolean)
     */
    public static byte[] readText(Path file, long maxBytes, String kind, boolean allowEmpty) throws IOException {
        byte[] bytes = read(file, maxBytes, kind, allowEmpty);
        for (byte b : bytes) {
            if (b == 0) {
                throw new RecordingFormatException(file, "binary content, not " + kind);
            }
        }
        return bytes;
    }
}
