package org.lacrima.app.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * SHA-256 of what a recording is made of, so a re-run recognises a recording it has analysed even
 * when it was moved or renamed: the file's bytes; for a WFDB header, also its signal and annotation
 * files (same record name); for a folder (an E4 export), every file in it by relative path.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /** Hex SHA-256 of the recording's content. */
    public static String of(Path recording) throws IOException {
        MessageDigest digest = sha256();
        for (Path part : parts(recording)) {
            Path name = Files.isDirectory(recording) ? recording.relativize(part) : part.getFileName();
            digest.update(name.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = Files.newInputStream(part)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Hex SHA-256 of a text (settings, keys). */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> parts(Path recording) throws IOException {
        if (Files.isDirectory(recording)) {
            try (Stream<Path> files = Files.walk(recording)) {
                return files.filter(Files::isRegularFile).sorted().toList();
            }
        }
        String name = recording.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".hea") || recording.toAbsolutePath().getParent() == null) {
            return List.of(recording);
        }
        String record = name.substring(0, name.length() - ".hea".length()) + ".";
        try (Stream<Path> siblings = Files.list(recording.toAbsolutePath().getParent())) {
            return siblings.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(record))
                    .sorted().toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
