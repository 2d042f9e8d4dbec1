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
import java.io.ByteArrayOutputStream;
import org.lacrima.io.ConfinedFolder;
import org.lacrima.io.ReadBudget;
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
    private static final int BUFFER_BYTES = 64 << 10;

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

    /**
     * The E4 files of {@code source} (folder or zip) by upper-case base name, refused when their text
     * exceeds what {@code budget} allows: for a zip, first by the sizes the archive declares, then by
     * counting while inflating (declared sizes can lie).
     */
    static Map<String, String> load(Path source, ReadBudget budget) throws IOException {
        long limit = Math.min(MAX_TOTAL_BYTES, budget.textBytes());
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.isDirectory(source)) {
            Path dir = exportFolder(source);
            if (dir == null) {
                throw new RecordingFormatException(source, "no Empatica E4 files (EDA.csv, BVP.csv, ACC.csv, ...) in this folder");
            }
            // members (and the export sub-folder) must really lie in the folder given: no links out of it
            ConfinedFolder given = ConfinedFolder.of(source);
            given.contained(dir);
            long total = 0;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path member : files.filter(Files::isRegularFile).toList()) {
                    String name = member.getFileName().toString();
                    if (isE4Name(name)) {
                        Path p = given.contained(member);
                        if (Files.size(p) > MAX_ENTRY_BYTES) {
                            throw new RecordingFormatException(source, name + " is too large (" + Files.size(p) + " bytes)");
                        }
                        total += Files.size(p);
                        budget.checkText(source, "E4 files hold", total);
                        out.put(name.toUpperCase(Locale.ROOT), Files.readString(p, StandardCharsets.ISO_8859_1));
                    }
                }
            }
            return out;
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            List<? extends ZipEntry> members = zip.stream().filter(e -> !e.isDirectory() && isE4Name(e.getName())).toList();
            long declared = 0;
            for (ZipEntry e : zip.stream().toList()) {
                ConfinedFolder.entryName(source, e.getName());
            }
            for (ZipEntry e : members) {
                declared += Math.max(0, e.getSize());
            }
            checkUnpacked(source, declared, limit, "declares that its E4 files unpack to");
            for (ZipEntry e : members) {
                String base = e.getName().substring(e.getName().lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
                long allowed = Math.min(MAX_ENTRY_BYTES, limit - total);
                byte[] b;
                try (InputStream in = zip.getInputStream(e)) {
                    // counted while inflating: the sizes in the archive are the sender's word
                    b = readAtMost(in, allowed);
                }
                if (b == null) {
                    throw new RecordingFormatException(source, e.getName() + " unpacks to more than "
                            + ReadBudget.size(allowed) + " (" + (allowed < MAX_ENTRY_BYTES ? "budget for one recording, "
                            + ReadBudget.PROPERTY : "the most one E4 file may hold") + "); refusing the archive");
                }
                total += b.length;
                out.put(base, new String(b, StandardCharsets.ISO_8859_1));
            }
        } catch (ZipException e) {
            throw new RecordingFormatException(source, "not a readable zip archive (" + e.getMessage() + ")");
        }
        if (out.isEmpty()) {
            throw new RecordingFormatException(source, "zip holds no Empatica E4 files (EDA.csv, BVP.csv, ACC.csv, ...)");
        }
        return out;
    }

    private static void checkUnpacked(Path source, long bytes, long limit, String what) throws RecordingFormatException {
        if (bytes > limit) {
            throw new RecordingFormatException(source, "zip " + what + " " + ReadBudget.size(bytes) + ", more than the "
                    + ReadBudget.size(limit) + " of text allowed for one recording (" + ReadBudget.PROPERTY + ")");
        }
    }

    /** All of {@code in} if it holds at most {@code max} bytes, else null (having read at most {@code max + 1}). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[BUFFER_BYTES];
        long seen = 0;
        int n;
        while ((n = in.read(buf, 0, (int) Math.min(buf.length, max - seen + 1))) > 0) {
            seen += n;
            if (seen > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
