package org.lacrima.io.polar;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.AtomicFiles;

/**
 * Writes the RR channel of a recording as a Polar Sensor Logger RR export, the counterpart of
 * {@link PolarReader}: {@code Phone timestamp;RR-interval [ms]}, one row per interval, stamped with
 * the phone time of its closing beat (ISO local date-time, ms).
 */
public final class PolarRrWriter {
    /** The phone timestamps as Polar Sensor Logger writes them: ISO local date-time, always with milliseconds. */
    static final java.time.format.DateTimeFormatter PHONE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);

    private PolarRrWriter() {
    }

    /**
     * Seconds from the recording's start to where {@link PolarSession} starts this export's time axis: its first beat
     * less that beat's interval, which lies before the recording's start when the first interval began before it.
     *
     * @throws IllegalArgumentException when the recording has no RR channel or it holds no interval
     */
    public static double startOffsetSec(Recording recording) {
        Channel rr = rrChannel(recording);
        if (rr.length() == 0) {
            throw new IllegalArgumentException("a Polar RR export's time axis needs a first interval");
        }
        return rr.timeOfSec(0) - rr.values().get(0);
    }

    /**
     * Writes the first RR channel of {@code recording} to {@code target}, atomically.
     *
     * @throws IllegalArgumentException when the recording has no RR channel
     */
    public static void write(Recording recording, Path target) throws IOException {
        Channel rr = rrChannel(recording);
        LocalDateTime start = recording.metadata().start().orElse(LocalDateTime.of(2000, 1, 1, 0, 0));
        AtomicFiles.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("Phone timestamp;RR-interval [ms]\n");
                for (int i = 0; i < rr.length(); i++) {
                    LocalDateTime at = start.plusNanos(Math.round(rr.timeOfSec(i) * 1e9));
                    w.write(String.format(Locale.ROOT, "%s;%d%n", PolarRrWriter.PHONE_TIME.format(at),
                            Math.round(rr.values().get(i) * 1000)));
                }
            }
        });
    }

    private static Channel rrChannel(Recording recording) {
        return recording.channels().stream().filter(c -> c.type() == ChannelType.RR).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a Polar RR export needs an RR channel"));
    }
}
