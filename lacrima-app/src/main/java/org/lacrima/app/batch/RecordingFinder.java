package org.lacrima.app.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lacrima.io.ConfinedFolder;

/**
 * Turns the inputs of a batch (files and folders) into the recordings to analyse. A file given
 * by name is always analysed. In a folder, what is a recording is decided by the shape of the
 * files, and the readers' format detection then decides whether each one is readable:
 * <ul>
 *   <li>a folder holding Empatica E4 files ({@code EDA.csv}, {@code BVP.csv} ...) is one recording, and so is a
 *       folder holding two or more streams of one Polar Sensor Logger session (RR and ACC ...), with the
 *       {@code events.csv} inside it as its events;</li>
 *   <li>a WFDB record is its {@code .hea}; the {@code .dat}, {@code .atr} etc. of the same record are its parts;</li>
 *   <li>{@code .edf}, {@code .bdf}, {@code .zip}, {@code .csv}, {@code .txt} and {@code .tsv} files are candidates,
 *       except events sidecars ({@code events.csv}, {@code *_events.csv}, {@code *.events.csv}), checksums and readmes;</li>
 *   <li>a study's questionnaires and subject tables ({@code *_quest.csv}, {@code subjectinfo.csv}) are not recordings:
 *       {@link #skipped} lists them so a batch can say so;</li>
 *   <li>anything else (documentation, JSON, pictures, hidden files) is not a recording.</li>
 * </ul>
 */
public final class RecordingFinder {
    private static final Set<String> RECORDING_EXTENSIONS = Set.of("edf", "bdf", "rec", "zip", "hea", "csv", "txt", "tsv");
    private static final Set<String> E4_FILES = Set.of("eda.csv", "bvp.csv", "ibi.csv", "acc.csv", "temp.csv", "hr.csv");

    /**
     * One recording to analyse.
     *
     * @param input  the file or folder
     * @param name   its unique name in the batch
     * @param events its events sidecar ({@code NAME.events.csv}, {@code NAME_events.csv}, {@code NAME-events.csv},
     *               or {@code events.csv} beside a single recording), if there is one
     */
    public record Candidate(Path input, String name, Optional<Path> events) {
        Candidate(Path input, String name) {
            this(input, name, eventsSidecar(input));
        }

        /**
         * The events sidecar to read: found by name beside the recording, it must really lie in that
         * folder (a link pointing out of it is refused with one line).
         */
        public Optional<Path> confinedEvents() throws IOException {
            if (events.isEmpty()) {
                return events;
            }
            return Optional.of(ConfinedFolder.around(input).contained(events.get()));
        }
    }

    private RecordingFinder() {
    }

    /** The recordings in {@code inputs}, in a stable order, with unique names. */
    public static List<Candidate> find(List<Path> inputs) throws IOException {
        List<Candidate> found = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input) && !isRecordingFolder(input)) {
                for (Path p : walk(input)) {
                    found.add(new Candidate(p, stem(input.relativize(p))));
                }
            } else {
                found.add(new Candidate(input, stem(input.getFileName())));
            }
        }
        return uniqueNames(found);
    }

    private static List<Path> walk(Path root) throws IOException {
        List<Path> recordings = new ArrayList<>();
        List<Path> recordingFolders = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted().toList()) {
                if (recordingFolders.stream().anyMatch(p::startsWith) || isHidden(root, p)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    if (!p.equals(root) && isRecordingFolder(p)) {
                        recordingFolders.add(p);
                        recordings.add(p);
                    }
                } else if (looksLikeRecording(p)) {
                    recordings.add(p);
                }
            }
        }
        return withoutWfdbParts(recordings);
    }

    /** Drops files that share a WFDB record's name (100.hea makes 100.csv an export of it, not a second recording). */
    private static List<Path> withoutWfdbParts(List<Path> files) {
        Set<Path> records = new HashSet<>();
        for (Path p : files) {
            if (extension(p).equals("hea")) {
                records.add(withoutExtension(p));
            }
        }
        return files.stream().filter(p -> extension(p).equals("hea") || !records.contains(withoutExtension(p))).toList();
    }

    /** The events file that belongs to {@code recording}, if any. */
    static Optional<Path> eventsSidecar(Path recording) {
        Path dir = recording.toAbsolutePath().getParent();
        if (isPolarSessionFolder(recording)) {
            Path inside = recording.resolve("events.csv");
            return Files.isRegularFile(inside) ? Optional.of(inside) : Optional.empty();
        }
        if (dir == null || Files.isDirectory(recording)) {
            return Optional.empty();
        }
        String stem = withoutExtension(recording).getFileName().toString();
        for (String suffix : List.of(".events.csv", "_events.csv", "-events.csv")) {
            Path sidecar = dir.resolve(stem + suffix);
            if (Files.isRegularFile(sidecar)) {
                return Optional.of(sidecar);
            }
        }
        Path shared = dir.resolve("events.csv");
        if (Files.isRegularFile(shared) && recordingsIn(dir) == 1) {
            return Optional.of(shared);
        }
        return Optional.empty();
    }

    private static long recordingsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(RecordingFinder::looksLikeRecording).count();
        } catch (IOException e) {
            return 0;
        }
    }

    static boolean looksLikeRecording(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = extension(file);
        if (!RECORDING_EXTENSIONS.contains(ext)) {
            return false;
        }
        boolean eventsSidecar = name.equals("events.csv") || name.endsWith("_events.csv") || name.endsWith(".events.csv")
                || name.endsWith("-events.csv");
        boolean documentation = name.startsWith("readme") || name.contains("_readme") || name.startsWith("sha")
                || name.startsWith("md5") || name.equals("info.txt") || name.equals("tags.csv");
        return !eventsSidecar && !documentation && !isStudyTable(file);
    }

    /** A questionnaire or subject table that studies ship beside their recordings (WESAD, Non-EEG). */
    static boolean isStudyTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith("_quest.csv") || name.equals("subjectinfo.csv");
    }

    /**
     * The files in the folders of {@code inputs} that a batch passes over although they look like
     * data: questionnaires and subject tables. Files given by name are never skipped.
     */
    public static List<Path> skipped(List<Path> inputs) throws IOException {
        List<Path> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input) && !isRecordingFolder(input)) {
                try (Stream<Path> all = Files.walk(input)) {
                    all.sorted().filter(Files::isRegularFile).filter(p -> !isHidden(input, p))
                            .filter(RecordingFinder::isStudyTable).forEach(skipped::add);
                }
            }
        }
        return skipped;
    }

    /** A folder that is one recording: an E4 export or a Polar Sensor Logger session. */
    static boolean isRecordingFolder(Path dir) {
        return isE4Folder(dir) || isPolarSessionFolder(dir);
    }

    /** A folder with two or more streams of one Polar Sensor Logger session (one stream alone is a file). */
    static boolean isPolarSessionFolder(Path dir) {
        try {
            return org.lacrima.io.polar.PolarSession.streamFiles(dir).size() >= 2;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isE4Folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> E4_FILES.contains(f.getFileName().toString().toLowerCase(Locale.ROOT))).count() >= 2;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Path withoutExtension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return p.resolveSibling(dot < 0 ? name : name.substring(0, dot));
    }

    /** A file-name stem from a relative path: "mitdb/100.hea" → "mitdb_100". */
    private static String stem(Path relative) {
        String joined = String.join("_", (Iterable<String>) () -> Stream.of(relative.toString().split("[/\\\\]")).iterator());
        int dot = joined.lastIndexOf('.');
        String base = dot > 0 ? joined.substring(0, dot) : joined;
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "recording" : safe;
    }

    /** Names made unique: by the extension where that tells them apart (x.bdf, x.edf → "x", "x_edf"), else by a number. */
    private static List<Candidate> uniqueNames(List<Candidate> candidates) {
        Map<String, String> extensionByName = new HashMap<>();
        List<Candidate> unique = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String name = c.name();
            String ext = extension(c.input());
            String first = extensionByName.get(name.toLowerCase(Locale.ROOT));
            if (first != null && !first.equals(ext) && !ext.isEmpty()) {
                name = c.name() + "_" + ext;
            }
            for (int n = 2; extensionByName.containsKey(name.toLowerCase(Locale.ROOT)); n++) {
                name = c.name() + "-" + n;
            }
            extensionByName.put(name.toLowerCase(Locale.ROOT), ext);
            unique.add(name.equals(c.name()) ? c : new Candidate(c.input(), name, c.events()));
        }
        return unique;
    }
}
