package org.lacrima.io.e4;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.lacrima.io.ConfinedFolder;
import org.lacrima.io.RecordingFormatException;

/**
 * Collects the text of the files of an Empatica E4 export from a folder, a folder holding one export
 * folder, or a zip, keyed by upper-case base name ("EDA.CSV"). Sizes are capped so a zip bomb is an
 * error, not an OutOfMemoryError.
 */
final class E4Files {
    /** The files an E4 export consists of. */
    static final Set<String> NAMES = Set.of("ACC.CSV", "BVP.CSV", "EDA.CSV", "HR.CSV", "IBI.CSV", "TEMP.CSV",
            "TAGS.CSV");
    /** A day of 64 Hz BVP is about 60 MB; the caps leave room for that and stop zip bombs. */
    private static final long MAX_ENTRY_BYTES = 256L << 20;
    private static final long MAX_TOTAL_BYTES = 768L << 20;

    private E4Files() {
    }

    /** Whether {@code name} (any case, any folder) is one of the E4 export files. */
    static boolean isE4Name(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return NAMES.contains(base.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code dir} is an export folder or holds exactly one. */
    static Path exportFolder(Path dir) throws IOException {
        if (hasE4Files(dir)) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> candidates = children.filter(Files::isDirectory).filter(E4Files::hasE4FilesQuietly).toList();
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
    }

    private static boolean hasE4FilesQuietly(Path dir) {
        try {
            return hasE4Files(dir);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasE4Files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> Files.isRegularFile(p) && isE4Name(p.getFileName().toString()));
        }
    }

    /** The E4 files of {@code source} (folder or zip) by upper-case base name. */
    static Map<String, String> load(Path source) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.isDirectory(source)) {
            Path dir = exportFolder(source);
            if (dir == null) {
                throw new RecordingFormatException(source, "no Empatica E4 files (EDA.csv, BVP.csv, ACC.csv, ...) in this folder");
            }
            // members (and the export sub-folder) must really lie in the folder given: no links out of it
            ConfinedFolder given = ConfinedFolder.of(source);
            given.contained(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path member : files.filter(Files::isRegularFile).toList()) {
                    String name = member.getFileName().toString();
                    if (isE4Name(name)) {
                        Path p = given.contained(member);
                        if (Files.size(p) > MAX_ENTRY_BYTES) {
                            throw new RecordingFormatException(source, name + " is too large (" + Files.size(p) + " bytes)");
                        }
                        out.put(name.toUpperCase(Locale.ROOT), Files.readString(p, StandardCharsets.ISO_8859_1));
                    }
                }
            }
            return out;
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                ConfinedFolder.entryName(source, e.getName());
                if (e.isDirectory() || !isE4Name(e.getName())) {
                    continue;
                }
                String base = e.getName().substring(e.getName().lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] b = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
                    if (b.length > MAX_ENTRY_BYTES) {
                        throw new RecordingFormatException(source, e.getName() + " unpacks to more than "
                                + MAX_ENTRY_BYTES + " bytes");
                    }
                    total += b.length;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new RecordingFormatException(source, "E4 files unpack to more than " + MAX_TOTAL_BYTES + " bytes");
                    }
                    out.put(base, new String(b, StandardCharsets.ISO_8859_1));
                }
            }
        } catch (ZipException e) {
            throw new RecordingFormatException(source, "not a readable zip archive (" + e.getMessage() + ")");
        }
        if (out.isEmpty()) {
            throw new RecordingFormatException(source, "zip holds no Empatica E4 files (EDA.csv, BVP.csv, ACC.csv, ...)");
        }
        return out;
    }
}
