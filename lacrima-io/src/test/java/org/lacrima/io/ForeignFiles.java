package org.lacrima.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of {@code ../shared/data/foreign/} (issue 13), and which of them Lacrima refuses, with the exact line. */
public final class ForeignFiles {
    private static final String LAYOUT = "the layout header of a multi-segment record (no signal files); read the "
            + "record's master header";

    /** Refused files by path under foreign/, with the one line expected. */
    public static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("wfdb/multi-segment/p000878/3269321_layout.hea", "3269321_layout.hea: " + LAYOUT),
            Map.entry("wfdb/multi-segment/s25047/3234460_layout.hea", "3234460_layout.hea: " + LAYOUT),
            // the snapshot holds 2 of the record's 36 segments
            Map.entry("wfdb/multi-segment/p000878/p000878-2137-10-26-16-57.hea",
                    "p000878-2137-10-26-16-57.hea: segment 3269321_0003 not found (3269321_0003.hea)"));

    private ForeignFiles() {
    }

    public static Path root() {
        return TestData.file("foreign");
    }

    /** Every file under foreign/ but the MANIFEST, as paths relative to it. */
    public static List<String> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).map(p -> root().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("MANIFEST.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files that are read (not refused). */
    public static List<String> readable() {
        return all().stream().filter(p -> !REFUSED.containsKey(p)).toList();
    }
}
