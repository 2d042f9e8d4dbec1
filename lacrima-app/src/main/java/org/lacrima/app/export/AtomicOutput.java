package org.lacrima.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes an output file so that it either appears complete or not at all: the content goes to a
 * temporary file next to the target, which is then moved over it. A failure half-way leaves no
 * file that a user (or a script) could mistake for a finished result.
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
        Path temp = tempNextTo(target);
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code bytes} to {@code target}. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        Path temp = tempNextTo(target);
        try {
            Files.write(temp, bytes);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path tempNextTo(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would carry over to the finished file
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 3) {
                    throw e;
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
