package org.lacrima.io.polar;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.AtomicFiles;

/**
 * Writes the three accelerometer channels of a recording as a Polar Sensor Logger ACC export, the counterpart of
 * {@link PolarReader}: {@code Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]}, one row per sample; a sample
 * missing ({@code NaN}, frames lost in a Bluetooth dropout) has no row, as in a real export.
 */
public final class PolarAccWriter {
    private PolarAccWriter() {
    }

    /**
     * Whether {@code recording} holds what one Polar ACC export can: exactly three regularly sampled accelerometer
     * channels in g, of one rate, length and start (an export has one sensor timestamp per row for all three axes), with
     * at least one sample that has all three.
     */
    public static boolean canWrite(Recording recording) {
        List<Channel> axes = axes(recording);
        return axes.size() == 3 && axes.stream().allMatch(c -> c.isRegular() && c.unit().equalsIgnoreCase("g")
                && c.rateHz() == axes.get(0).rateHz() && c.length() == axes.get(0).length()
                && c.startOffsetSec() == axes.get(0).startOffsetSec())
                && firstRow(axes, 0) < axes.get(0).length();
    }

    /**
     * Seconds from the recording's start to the export's first row (its first sample with all three axes): where
     * {@link PolarSession} puts this file on a folder's time axis.
     *
     * @throws IllegalArgumentException when {@link #canWrite} is false
     */
    public static double startOffsetSec(Recording recording) {
        List<Channel> axes = writableAxes(recording);
        return axes.get(0).timeOfSec(firstRow(axes, 0));
    }

    /**
     * Writes the accelerometer channels (g) of {@code recording} to {@code target} in mg, atomically.
     *
     * @throws IllegalArgumentException when {@link #canWrite} is false
     */
    public static void write(Recording recording, Path target) throws IOException {
        List<Channel> axes = writableAxes(recording);
        Channel first = axes.get(0);
        LocalDateTime start = recording.metadata().start().orElse(LocalDateTime.of(2000, 1, 1, 0, 0));
        AtomicFiles.write(target, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]\n");
                // frames lost in transit are rows the export does not have: the sensor's clock jumps over them
                for (int i = firstRow(axes, 0); i < first.length(); i = firstRow(axes, i + 1)) {
                    long ns = Math.round(first.timeOfSec(i) * 1e9);
                    LocalDateTime at = start.plusNanos(ns);
                    w.write(String.format(Locale.ROOT, "%s;%d;%d;%d;%d%n",
                            PolarRrWriter.PHONE_TIME.format(at), ns,
                            Math.round(axes.get(0).values().get(i) * 1000), Math.round(axes.get(1).values().get(i) * 1000),
                            Math.round(axes.get(2).values().get(i) * 1000)));
                }
            }
        });
    }

    /** The first sample from {@code from} on that has all three axes (not {@code NaN}), or the length when none has. */
    private static int firstRow(List<Channel> axes, int from) {
        int i = from;
        while (i < axes.get(0).length() && (Double.isNaN(axes.get(0).values().get(i))
                || Double.isNaN(axes.get(1).values().get(i)) || Double.isNaN(axes.get(2).values().get(i)))) {
            i++;
        }
        return i;
    }

    private static List<Channel> axes(Recording recording) {
        return recording.channels().stream().filter(c -> c.type() == ChannelType.ACC).toList();
    }

    private static List<Channel> writableAxes(Recording recording) {
        if (!canWrite(recording)) {
            throw new IllegalArgumentException("a Polar ACC export needs three accelerometer channels in g of one rate");
        }
        return axes(recording);
    }
}
