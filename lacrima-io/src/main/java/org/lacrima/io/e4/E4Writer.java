package org.lacrima.io.e4;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.AtomicFiles;

/**
 * Writes a recording as an Empatica E4 export zip, the counterpart of {@link E4Reader}: {@code EDA.csv}
 * (µS), {@code BVP.csv} (the PPG channel), {@code ACC.csv} (three axes in 1/64 g, rounded to integers as
 * the device stores them), each opening with its UTC start (unix seconds) and rate, and
 * {@code tags.csv} (one unix time per event: the E4 tag button carries no label). The same recording
 * gives the same bytes.
 */
public final class E4Writer {
    private static final double ACC_UNITS_PER_G = 64.0;

    private E4Writer() {
    }

    /**
     * Writes {@code recording} to {@code target} (a .zip), atomically.
     *
     * @throws IllegalArgumentException when it has none of EDA, PPG or three ACC channels, or they are irregular
     */
    public static void write(Recording recording, Path target) throws IOException {
        double start = recording.metadata().start().map(E4Writer::unixSec).orElse(0.0);
        Optional<Channel> eda = first(recording, ChannelType.EDA);
        Optional<Channel> bvp = first(recording, ChannelType.PPG);
        List<Channel> acc = recording.channels().stream().filter(c -> c.type() == ChannelType.ACC).toList();
        if (eda.isEmpty() && bvp.isEmpty() && acc.size() < 3) {
            throw new IllegalArgumentException("an E4 export needs an EDA, a PPG or three ACC channels");
        }
        AtomicFiles.write(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out);
                 Writer w = new OutputStreamWriter(zip, StandardCharsets.US_ASCII)) {
                if (eda.isPresent()) {
                    entry(zip, w, "EDA.csv", start, List.of(eda.get()), 1);
                }
                if (bvp.isPresent()) {
                    entry(zip, w, "BVP.csv", start, List.of(bvp.get()), 1);
                }
                if (acc.size() >= 3) {
                    entry(zip, w, "ACC.csv", start, acc.subList(0, 3), ACC_UNITS_PER_G);
                }
                zip.putNextEntry(entry("tags.csv"));
                for (Event e : recording.events()) {
                    w.write(String.format(Locale.ROOT, "%.2f%n", start + e.onsetSec()));
                }
                w.flush();
                zip.closeEntry();
            }
        });
    }

    private static void entry(ZipOutputStream zip, Writer w, String name, double recordingStart, List<Channel> columns,
                              double scale) throws IOException {
        Channel first = columns.get(0);
        if (!first.isRegular()) {
            throw new IllegalArgumentException(first.label() + ": an E4 file needs a regularly sampled channel");
        }
        zip.putNextEntry(entry(name));
        List<String> head = new ArrayList<>();
        List<String> rate = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            head.add(String.format(Locale.ROOT, "%.6f", recordingStart + first.startOffsetSec()));
            rate.add(String.format(Locale.ROOT, "%.6f", first.rateHz()));
        }
        w.write(String.join(",", head) + "\n" + String.join(",", rate) + "\n");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < first.length(); i++) {
            row.setLength(0);
            for (int k = 0; k < columns.size(); k++) {
                double v = columns.get(k).values().get(i);
                row.append(k == 0 ? "" : ",").append(scale == 1 ? String.format(Locale.ROOT, "%.6f", v)
                        : Long.toString(Math.round(v * scale)));
            }
            w.write(row.append('\n').toString());
        }
        w.flush();
        zip.closeEntry();
    }

    /** A zip entry with a fixed time, so the same recording gives the same bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        return e;
    }

    private static Optional<Channel> first(Recording recording, ChannelType type) {
        return recording.channels().stream().filter(c -> c.type() == type).findFirst();
    }

    private static double unixSec(LocalDateTime start) {
        return start.toEpochSecond(ZoneOffset.UTC) + start.getNano() / 1e9;
    }
}
