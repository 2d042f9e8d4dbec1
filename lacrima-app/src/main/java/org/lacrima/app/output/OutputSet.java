package org.lacrima.app.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The outputs of one analysis ({@code --json}, {@code --report}, {@code --figures} ...), appearing
 * together or not at all. Each output is first written under a hidden temporary name beside its
 * target ({@link #stage(Path)}, {@link #stageFolder(Path)}); {@link #commit()} then renames them all
 * into place, keeping any previous file aside until every rename has succeeded, so a failure part
 * way puts the previous files back. Closing without committing (an exception, Ctrl-C) deletes what
 * was staged and the folders made for it; a {@code kill -9} can leave only hidden {@code .part} names.
 */
public final class OutputSet implements AutoCloseable {
    private static final String PART = ".part";

    /** Staged path to its target, in the order asked. */
    private final Map<Path, Path> files = new LinkedHashMap<>();
    /** Staged folder to the folder its files go into. */
    private final Map<Path, Path> folders = new LinkedHashMap<>();
    /** Folders made for the outputs, deepest last; removed again if nothing is committed. */
    private final Deque<Path> madeFolders = new ArrayDeque<>();
    private final Thread onInterrupt = new Thread(this::discard, "lacrima-output-cleanup");
    private boolean committed;
    private int stagedCount;

    public OutputSet() {
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** How many outputs (files and folders) were staged: after {@link #commit}, how many were written. */
    public int size() {
        return stagedCount;
    }

    /**
     * Where to write the output {@code target} for now: a hidden name in the target's folder (made
     * if missing), so the final rename stays on one file system.
     *
     * @throws IOException naming the target when its folder cannot be made or written
     */
    public Path stage(Path target) throws IOException {
        Path staged = staged(target, false);
        files.put(staged, target.toAbsolutePath().normalize());
        stagedCount++;
        return staged;
    }

    /** Where to write the files that go into the folder {@code target} for now: a hidden sibling folder. */
    public Path stageFolder(Path target) throws IOException {
        Path staged = staged(target, true);
        folders.put(staged, target.toAbsolutePath().normalize());
        stagedCount++;
        return staged;
    }

    private Path staged(Path target, boolean folder) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = folder(absolute.getParent(), target);
        String prefix = "." + absolute.getFileName() + ".";
        try {
            return folder ? Files.createTempDirectory(dir, prefix) : Files.createTempFile(dir, prefix, PART);
        } catch (IOException e) {
            throw new IOException(target + ": cannot be written (" + reason(e) + ")", e);
        }
    }

    /**
     * Moves every staged output into place. If one cannot be moved, those already moved are taken
     * back and the previous files restored, and the failure names the output.
     */
    public void commit() throws IOException {
        List<Path[]> moves = new ArrayList<>();
        files.forEach((staged, target) -> moves.add(new Path[] {staged, target}));
        for (Map.Entry<Path, Path> f : folders.entrySet()) {
            Path target = f.getValue();
            if (!Files.isDirectory(target)) {
                madeFolders.add(Files.createDirectories(target));
            }
            try (Stream<Path> inside = Files.list(f.getKey())) {
                inside.sorted().forEach(p -> moves.add(new Path[] {p, target.resolve(p.getFileName())}));
            }
        }
        Deque<Path[]> done = new ArrayDeque<>();
        try {
            for (Path[] m : moves) {
                Path previous = null;
                if (Files.exists(m[1])) {
                    previous = m[1].resolveSibling("." + m[1].getFileName() + ".previous" + PART);
                    Files.deleteIfExists(previous); // left by a run killed while committing
                    move(m[1], previous);
                }
                try {
                    move(m[0], m[1]);
                } catch (IOException e) {
                    if (previous != null) {
                        move(previous, m[1]);
                    }
                    throw e;
                }
                done.push(new Path[] {m[0], m[1], previous});
            }
        } catch (IOException e) {
            for (Path[] d : done) {
                move(d[1], d[0]);
                if (d[2] != null) {
                    move(d[2], d[1]);
                }
            }
            throw new IOException(targetOf(moves, e) + ": cannot be put in place (" + reason(e) + "); no output written", e);
        }
        for (Path[] d : done) {
            if (d[2] != null) {
                Files.deleteIfExists(d[2]);
            }
        }
        committed = true;
        discard();
    }

    /** Deletes what was staged (all of it after a commit: only the emptied staging folders remain then). */
    @Override
    public void close() {
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException e) {
            // the JVM is shutting down and runs the hook itself
        }
    }

    private synchronized void discard() {
        try {
            for (Path staged : files.keySet()) {
                Files.deleteIfExists(staged);
            }
            for (Path staged : folders.keySet()) {
                deleteTree(staged);
            }
            if (!committed) {
                while (!madeFolders.isEmpty()) {
                    deleteIfEmpty(madeFolders.removeLast());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.clear();
            folders.clear();
        }
    }

    /** Makes {@code dir} (and its missing parents, remembered for removal) or explains why it cannot be. */
    private Path folder(Path dir, Path target) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            missing.add(0, d);
        }
        try {
            for (Path d : missing) {
                try {
                    Files.createDirectory(d);
                    madeFolders.add(d);
                } catch (FileAlreadyExistsException e) {
                    // made meanwhile by another analysis writing beside this one (a batch): fine if a folder
                    if (!Files.isDirectory(d)) {
                        throw e;
                    }
                }
            }
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new IOException(target + ": cannot be written: " + e.getFile() + " is not a folder", e);
        } catch (IOException e) {
            throw new IOException(target + ": cannot be written: folder cannot be made (" + reason(e) + ")", e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(target + ": cannot be written: " + dir + " is not a folder");
        }
        return dir;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                return;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        Files.deleteIfExists(dir);
    }

    private static String targetOf(List<Path[]> moves, IOException e) {
        String file = e instanceof java.nio.file.FileSystemException fs ? fs.getFile() : null;
        for (Path[] m : moves) {
            if (m[0].toString().equals(file) || m[1].toString().equals(file)) {
                return m[1].toString();
            }
        }
        return moves.isEmpty() ? "outputs" : moves.get(0)[1].getParent().toString();
    }

    /** The platform's short reason ("Permission denied"), without the path it repeats. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its temporary file has gone";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
