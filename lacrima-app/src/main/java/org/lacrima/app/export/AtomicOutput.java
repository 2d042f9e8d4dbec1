package org.lacrima.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lacrima.io.AtomicFiles;

/**
 * Writes an output file so that it either appears complete or not at all ({@link AtomicFiles}),
 * creating its folder if needed. A failure half-way leaves no file that a user (or a script)
 * could mistake for a finished result.
 */
public final class AtomicOutput {

    /** Writes text into the writer it is given. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Writes UTF-8 text produced by {@code content} to {@code target}. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, temp -> {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    /** Writes {@code bytes} to {@code target}. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, temp -> Files.write(temp, bytes));
    }

    private static void write(Path target, AtomicFiles.Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        AtomicFiles.write(target, content);
    }
}
