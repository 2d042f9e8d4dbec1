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

    /**
     * Whether {@code dir} holds E4-named files and every one of them has an E4 file's content: a
     * Garmin export's {@code acc.csv} (ISO timestamps) does not make its folder an E4 export.
     */
    private static boolean hasE4Files(Path dir) throws IOException {
        List<Path> members;
        try (Stream<Path> files = Files.list(dir)) {
            members = files.filter(p -> Files.isRegularFile(p) && isE4Name(p.getFileName().toString())).toList();
        }
        for (Path m : members) {
            // a link is not followed here: load() refuses one that leads out of the folder
            if (!Files.isSymbolicLink(m) && !hasE4Content(m)) {
                return false;
            }
        }
        return !members.isEmpty();
    }

    /** Whether the file at {@code file} reads as an E4 file (see {@link #looksLikeE4(String)}); an empty file does. */
    static boolean hasE4Content(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return head.length == 0 || looksLikeE4(new String(head, StandardCharsets.ISO_8859_1));
    }

    /**
     * Whether {@code head} (a file's first bytes) has the shape of an E4 file, whatever its name: a
     * signal file (unix start time, repeated per column; the rate, repeated; then rows of as many
     * numbers), IBI.csv (start time, {@code IBI}; then offset,interval rows) or tags.csv (unix times).
     */
    static boolean looksLikeE4(String head) {
        List<String> lines = head.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(4).toList();
        if (head.length() >= 4096 && lines.size() > 1) {
            lines = lines.subList(0, lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return false;
        }
        String[] first = lines.get(0).split(",");
        double start = number(first[0]);
        if (!(start > EPOCH_2000)) {
            return false;
        }
        if (first.length == 2 && first[1].strip().equals("IBI")) {
            return lines.stream().skip(1).allMatch(l -> l.split(",").length == 2 && allNumbers(l.split(",")));
        }
        if (lines.stream().allMatch(l -> l.split(",").length == 1 && number(l) > EPOCH_2000)) {
            return true; // tags.csv
        }
        if (lines.size() == 1) {
            return false;
        }
        for (String f : first) {
            if (number(f) != start) {
                return false;
            }
        }
        String[] rate = lines.get(1).split(",");
        // the rate's value is checked when the file is read, with a message naming it
        if (rate.length != first.length || !allNumbers(rate) || number(rate[0]) > MAX_RATE_HZ) {
            return false;
        }
        return lines.stream().skip(2).allMatch(l -> l.split(",").length == first.length && allNumbers(l.split(",")));
    }

    private static final double EPOCH_2000 = 946_684_800;
    private static final double MAX_RATE_HZ = 1024;

    private static boolean allNumbers(String[] fields) {
        for (String f : fields) {
            if (Double.isNaN(number(f))) {
                return false;
            }
        }
        return true;
    }

    private static double number(String field) {
        try {
            return Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
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
