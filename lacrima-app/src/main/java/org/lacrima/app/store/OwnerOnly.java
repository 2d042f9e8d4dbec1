package org.lacrima.app.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Everything under the data folder is for the account that runs the server alone: folders 0700,
 * files 0600. Java cannot set the process umask, so folders and files are created with these modes
 * and the whole tree is tightened at start (older installations, SQLite's WAL and SHM files, which
 * SQLite creates with the database file's mode). On file systems without POSIX modes this does nothing.
 * Symbolic links are not followed.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} and any missing parents as 0700 folders. Folders that exist already keep
     * their mode here (the parent of a data folder may be shared, like /tmp); see {@link #tighten}.
     */
    public static Path folder(Path dir) throws IOException {
        return POSIX ? Files.createDirectories(dir, attribute(FOLDER)) : Files.createDirectories(dir);
    }

    /** Creates an empty 0600 file unless it exists, and makes it 0600 if it does. */
    public static Path file(Path file) throws IOException {
        if (!Files.exists(file)) {
            if (POSIX) {
                Files.createFile(file, attribute(FILE));
            } else {
                Files.createFile(file);
            }
        }
        restrict(file);
        return file;
    }

    /** Makes an existing file 0600 (or a folder 0700). */
    public static void restrict(Path path) throws IOException {
        if (POSIX && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /**
     * Tightens a data folder: the folder itself (unless it is a shared one with the sticky bit, such
     * as /tmp) and, recursively, what the server keeps in it ({@code lacrima.db*}, {@code content/},
     * {@code scratch/}). Anything else a user keeps there is left as it is: a data folder given as a
     * home directory must not lose its other files' modes.
     */
    public static void tighten(Path root) throws IOException {
        if (!POSIX || !Files.isDirectory(root)) {
            return;
        }
        boolean shared = (((Integer) Files.getAttribute(root, "unix:mode")) & 01000) != 0;
        if (!shared) {
            Files.setPosixFilePermissions(root, FOLDER);
        }
        try (var children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith("lacrima.db") || name.equals("content") || name.equals("scratch")) {
                    tightenTree(child);
                }
            }
        }
    }

    private static void tightenTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // vanished meanwhile (a finished job's scratch file)
            }
        });
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> perms) {
        return PosixFilePermissions.asFileAttribute(perms);
    }
}
