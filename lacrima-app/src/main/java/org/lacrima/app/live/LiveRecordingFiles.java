package org.lacrima.app.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.SessionRecords;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.csv.EventsCsv;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.polar.PolarAccWriter;
import org.lacrima.io.polar.PolarRrWriter;

/**
 * Puts a finished live recording into the content store in a form the normal analysis job reads: EDF+
 * with its events when any sampled channel was streamed (RR intervals streamed beside them kept, not analysed, as a
 * Polar RR export); a chest strap's RR intervals with its accelerometer alone as a Polar Sensor Logger session;
 * otherwise (a strap giving only RR intervals, which EDF+ cannot hold) an
 * RR list in milliseconds plus the events as CSV.
 */
final class LiveRecordingFiles {
    private final ContentStore content;
    private final Path scratch;

    LiveRecordingFiles(ContentStore content, Path scratch) {
        this.content = content;
        this.scratch = scratch;
    }

    List<SessionRecords.NewFile> store(Recording recording, String baseName) throws IOException {
        if (isChestStrapWithAccelerometer(recording)) {
            return storeAsPolarSession(recording, baseName);
        }
        if (recording.channels().stream().anyMatch(Channel::isRegular)) {
            List<SessionRecords.NewFile> files = new ArrayList<>();
            files.add(put(SessionFile.RECORDING, baseName + ".edf", f -> EdfWriter.write(recording, f)));
            if (recording.firstChannel(ChannelType.RR).isPresent()) {
                // EDF+ holds sampled channels only: the strap's own intervals are kept beside it, on the session's clock
                files.add(put(SessionFile.KEPT, baseName + "_RR.txt", f -> PolarRrWriter.write(recording, f)));
            }
            return files;
        }
        Channel rr = recording.firstChannel(ChannelType.RR)
                .orElseThrow(() -> new IllegalArgumentException("nothing that can be stored was received"));
        List<SessionRecords.NewFile> files = new ArrayList<>();
        files.add(put(SessionFile.RECORDING, baseName + "-rr.txt", f -> Files.writeString(f, rrList(rr),
                StandardCharsets.UTF_8)));
        if (!recording.events().isEmpty()) {
            files.add(put(SessionFile.EVENTS, baseName + "-events.csv", f -> EventsCsv.write(recording.events(), f)));
        }
        return files;
    }

    /**
     * A chest strap's RR intervals with its accelerometer and nothing else sampled (an H10 whose ECG was not
     * streamed): EDF+ would keep the accelerometer and lose the heart, so both are kept as the files Polar Sensor
     * Logger leaves, which the analysis reads as one session on the chest.
     */
    private static boolean isChestStrapWithAccelerometer(Recording recording) {
        List<Channel> sampled = recording.channels().stream().filter(Channel::isRegular).toList();
        List<Channel> axes = sampled.stream().filter(c -> c.type() == ChannelType.ACC).toList();
        return recording.metadata().accelerometerSite() == BodySite.CHEST
                && recording.firstChannel(ChannelType.RR).isPresent()
                && axes.size() == 3 && sampled.size() == 3
                && axes.stream().allMatch(c -> c.unit().equalsIgnoreCase("g") && c.rateHz() == axes.get(0).rateHz()
                        && c.length() == axes.get(0).length() && c.startOffsetSec() == axes.get(0).startOffsetSec());
    }

    private List<SessionRecords.NewFile> storeAsPolarSession(Recording recording, String baseName) throws IOException {
        List<SessionRecords.NewFile> files = new ArrayList<>();
        files.add(put(SessionFile.RECORDING, baseName + "_RR.txt", f -> PolarRrWriter.write(recording, f)));
        files.add(put(SessionFile.RECORDING, baseName + "_ACC.txt", f -> PolarAccWriter.write(recording, f)));
        if (!recording.events().isEmpty()) {
            // the folder's time axis starts where its earliest file does: the RR export's at its first beat less that
            // beat's interval, which can lie before the session's start; the events are placed on that axis
            Channel rr = recording.firstChannel(ChannelType.RR).orElseThrow();
            double folderStartSec = Math.min(rr.timeOfSec(0) - rr.values().get(0),
                    recording.firstChannel(ChannelType.ACC).orElseThrow().startOffsetSec());
            List<Event> events = recording.events().stream().map(e -> e.shiftedBy(-folderStartSec)).toList();
            files.add(put(SessionFile.EVENTS, baseName + "-events.csv", f -> EventsCsv.write(events, f)));
        }
        return files;
    }

    private static String rrList(Channel rr) {
        StringBuilder b = new StringBuilder("rr_ms\n");
        for (int i = 0; i < rr.length(); i++) {
            b.append(String.format(Locale.ROOT, "%.1f%n", rr.values().get(i) * 1000));
        }
        return b.toString();
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private SessionRecords.NewFile put(String role, String name, Writer writer) throws IOException {
        Path file = scratch.resolve(name);
        try {
            writer.write(file);
            try (InputStream in = Files.newInputStream(file)) {
                ContentStore.StoredContent stored = content.put(in, Long.MAX_VALUE);
                return new SessionRecords.NewFile(role, name, stored.sha256(), stored.sizeBytes());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
