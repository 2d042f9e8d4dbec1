package org.lacrima.io.polar;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.csv.EventsCsv;

/**
 * Writes a recording as the folder Polar Sensor Logger leaves for a session, the counterpart of
 * {@link PolarSession}: {@code NAME_RR.txt} ({@link PolarRrWriter}), {@code NAME_ACC.txt} when the recording has
 * an accelerometer ({@link PolarAccWriter}), and the events in {@code events.csv}, NAME being the folder's name.
 * The folder appears whole or not at all: it is written under a temporary sibling name and moved into place.
 */
public final class PolarSessionWriter {
    private PolarSessionWriter() {
    }

    /**
     * Writes {@code recording} to the new folder {@code dir}.
     *
     * @throws IllegalArgumentException   when the recording has no RR channel
     * @throws FileAlreadyExistsException when {@code dir} exists
     */
    public static void write(Recording recording, Path dir) throws IOException {
        if (recording.channels().stream().noneMatch(c -> c.type() == ChannelType.RR)) {
            throw new IllegalArgumentException("a Polar session needs an RR channel");
        }
        if (Files.exists(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "the session folder exists already");
        }
        String name = dir.getFileName().toString();
        Path temp = Files.createTempDirectory(dir.toAbsolutePath().getParent(), "." + name + ".");
        try {
            PolarRrWriter.write(recording, temp.resolve(name + "_RR.txt"));
            if (recording.channels().stream().anyMatch(c -> c.type() == ChannelType.ACC)) {
                PolarAccWriter.write(recording, temp.resolve(name + "_ACC.txt"));
            }
            EventsCsv.write(recording.events(), temp.resolve("events.csv"));
            try {
                Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir);
            }
        } finally {
            if (Files.exists(temp)) {
                try (Stream<Path> left = Files.walk(temp)) {
                    for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
