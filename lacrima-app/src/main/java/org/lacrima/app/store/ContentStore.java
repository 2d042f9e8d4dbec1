package org.lacrima.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * Original uploads, byte for byte, named by their SHA-256. A file is written to a temporary name,
 * forced to disk and then atomically renamed, so a crash leaves either the whole file or nothing
 * under the final name; identical uploads share one file.
 */
public final class ContentStore {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path incoming;

    public ContentStore(Path root) throws IOException {
        this.root = root;
        this.incoming = root.resolve("incoming");
        OwnerOnly.folder(incoming);
    }

    /**
     * Stores everything {@code in} yields, up to {@code maxBytes}.
     *
     * @throws ContentTooLargeException when the stream is longer than {@code maxBytes} (nothing is kept)
     */
    public StoredContent put(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha = Sha256.newDigest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(in, out, maxBytes);
            }
            forceToDisk(temp);
            String hex = Sha256.hex(sha.digest());
            Path target = pathOf(hex);
            OwnerOnly.folder(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                moveAtomically(temp, target);
                forceToDisk(target.getParent());
            }
            return new StoredContent(hex, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes partial files of uploads that a stop or crash cut off; call at start, before any upload
     * can be arriving.
     */
    public void clearIncoming() throws IOException {
        try (var parts = Files.list(incoming)) {
            for (Path p : parts.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Opens stored content for reading. */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(existing(sha256));
    }

    /** Copies stored content to {@code target} (e.g. a work folder where a reader wants file names). */
    public void copyTo(String sha256, Path target) throws IOException {
        Files.copy(existing(sha256), target, StandardCopyOption.REPLACE_EXISTING);
        OwnerOnly.restrict(target);
    }

    /**
     * Removes stored contents that no record refers to any more (the caller has committed their
     * deletion). Returns how many files were removed.
     */
    public int delete(java.util.Collection<String> sha256s) throws IOException {
        int removed = 0;
        for (String sha : sha256s) {
            if (SHA256_HEX.matcher(sha).matches() && Files.deleteIfExists(pathOf(sha))) {
                removed++;
            }
        }
        return removed;
    }

    /**
     * Removes stored files whose hash is not in {@code referenced}: left by a crash between a
     * deletion's commit and its file removal, or by an upload refused after some of its files were
     * stored. Call at start, before uploads can arrive. Returns how many files were removed.
     */
    public int removeUnreferenced(java.util.Set<String> referenced) throws IOException {
        int removed = 0;
        try (var shards = Files.list(root)) {
            for (Path shard : shards.filter(Files::isDirectory).filter(p -> p.getFileName().toString()
                    .matches("[0-9a-f]{2}")).toList()) {
                try (var files = Files.list(shard)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        if (SHA256_HEX.matcher(name).matches() && !referenced.contains(name) && Files.deleteIfExists(f)) {
                            removed++;
                        }
                    }
                }
            }
        }
        return removed;
    }

    /** Whether content with this hash is present. */
    public boolean contains(String sha256) {
        return SHA256_HEX.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    private Path existing(String sha256) throws IOException {
        if (!contains(sha256)) {
            throw new NoSuchFileException("no stored content " + sha256);
        }
        return pathOf(sha256);
    }

    private Path pathOf(String hex) {
        return root.resolve(hex.substring(0, 2)).resolve(hex);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new ContentTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** fsync of a file, or of a directory so that a rename in it is durable. */
    private static void forceToDisk(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
            // Some file systems refuse to open directories; the file itself was already forced.
        }
    }

    /** Content that is now on disk. */
    public record StoredContent(String sha256, long sizeBytes) {
    }

    /** An upload longer than the configured limit. */
    public static final class ContentTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long maxBytes;

        public ContentTooLargeException(long maxBytes) {
            super("the file is larger than the upload limit of " + (maxBytes / (1024 * 1024)) + " MB");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
