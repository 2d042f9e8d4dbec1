package org.lacrima.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The folder a recording was given in, and the one rule for every name a reader finds inside a
 * file (a WFDB header's signal files and record name, E4 members, events sidecars, zip entries):
 * the name must lead to a file inside this folder. Absolute names, {@code ..} segments, and links
 * inside the folder that point out of it are refused with one line naming the file that held the
 * name; the refusal never echoes anything read from the target.
 *
 * <p>Why: an uploaded header that names {@code /etc/passwd} or {@code ../lacrima.db} as its signal
 * file must not make the server read that file (issue 11, item 1).
 */
public final class ConfinedFolder {
    /** Windows drive letters and UNC prefixes are absolute on every platform for this purpose. */
    private static final Pattern DRIVE_OR_UNC = Pattern.compile("^([A-Za-z]:|[\\\\/]).*", Pattern.DOTALL);

    private final Path folder;
    private final Path realFolder;

    private ConfinedFolder(Path folder, Path realFolder) {
        this.folder = folder;
        this.realFolder = realFolder;
    }

    /** The folder {@code folder} itself (as given: a link to the folder is the user's choice). */
    public static ConfinedFolder of(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        return new ConfinedFolder(absolute, absolute.toRealPath());
    }

    /** The folder holding the given file {@code file}. */
    public static ConfinedFolder around(Path file) throws IOException {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            throw new RecordingFormatException(file, "has no containing folder");
        }
        return of(parent);
    }

    /** The folder, absolute and normalised. */
    public Path path() {
        return folder;
    }

    /**
     * Resolves {@code name}, found inside {@code referrer}, in this folder.
     *
     * @param what what the name is, for the message ("signal file", "annotation file")
     * @return the path to open: the real path when the file exists (so no link is followed again),
     *         else the path inside the folder (opening it then fails as "not found")
     * @throws RecordingFormatException naming {@code referrer} when the name would leave the folder
     */
    public Path resolve(Path referrer, String name, String what) throws RecordingFormatException {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new RecordingFormatException(referrer, what + " name " + problem + "; only files in the same folder are read");
        }
        return inside(referrer, folder.resolve(name).normalize(), what + " '" + printable(name) + "'");
    }

    /**
     * Checks that {@code file}, found by listing this folder (or a folder inside it), really lies in
     * it: a link that points out of the folder is refused with a message naming the folder.
     *
     * @return the real path to open
     */
    public Path contained(Path file) throws RecordingFormatException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            throw new RecordingFormatException(folder, "'" + file.getFileName() + "' lies outside the folder; only "
                    + "files in the same folder are read");
        }
        return inside(folder, absolute, "'" + folder.relativize(absolute) + "'");
    }

    private Path inside(Path referrer, Path candidate, String described) throws RecordingFormatException {
        if (!candidate.startsWith(folder)) {
            throw new RecordingFormatException(referrer, described + " lies outside the folder; only files in the same "
                    + "folder are read");
        }
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return candidate;
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            // a dangling link: it leads nowhere readable, which is as good as missing
            throw new RecordingFormatException(referrer, described + " is a link that leads nowhere");
        }
        if (!real.startsWith(realFolder)) {
            throw new RecordingFormatException(referrer, described + " is a link pointing outside the folder; only "
                    + "files in the same folder are read");
        }
        return real;
    }

    /**
     * Checks an entry name of the archive {@code archive}: entries that would unpack outside the
     * archive's root ({@code ../x}, {@code /etc/x}, {@code C:\x}) make the whole archive suspect and
     * are refused.
     *
     * @return the name, unchanged
     */
    public static String entryName(Path archive, String name) throws RecordingFormatException {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new RecordingFormatException(archive, "archive entry name " + problem + "; refusing the archive");
        }
        return name;
    }

    /** Why {@code name} cannot be a name inside a folder, or null if it can. */
    private static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        if (DRIVE_OR_UNC.matcher(name).matches()) {
            return "'" + printable(name) + "' is absolute";
        }
        for (String segment : name.split("[\\\\/]")) {
            if (segment.equals("..")) {
                return "'" + printable(name) + "' climbs out with '..'";
            }
        }
        return null;
    }

    /** The name as it may appear in a one-line message: control characters shown as '?'. */
    private static String printable(String name) {
        StringBuilder b = new StringBuilder(Math.min(name.length(), 200));
        for (int i = 0; i < name.length() && i < 200; i++) {
            char c = name.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return name.length() > 200 ? b + "..." : b.toString();
    }
}
