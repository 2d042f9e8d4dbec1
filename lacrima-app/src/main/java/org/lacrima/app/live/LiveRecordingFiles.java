package org.lacrima.app.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.SessionRecords;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.io.csv.EventsCsv;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.polar.PolarAccWriter;
import org.lacrima.io.polar.PolarRrWriter;

/**
 * Puts a finished live recording into the content store in a form the normal analysis job reads: EDF+
 * with its events when any sampled channel was streamed (RR intervals streamed beside them kept beside it as a Polar RR
 * export on its clock, which the analysis reads with it: {@code analysis.IntervalsBeside}); a strap's RR intervals alone, or with a chest strap's accelerometer alone, as the files Polar
 * Sensor Logger leaves, plus the events as CSV (EDF+ cannot hold RR intervals).
 */
final class LiveRecordingFiles {
    private final ContentStore content;
    private final Path scratch;

    LiveRecordingFiles(ContentStore content, Path scratch) {
        this.content = content;
        this.scratch = scratch;
    }

    List<SessionRecords.NewFile> store(Recording recording, String baseName) throws IOException {
        boolean sampled = recording.channels().stream().anyMatch(Channel::isRegular);
        boolean intervals = recording.firstChannel(ChannelType.RR).isPresent();
        if (isChestStrapWithAccelerometer(recording) || (intervals && !sampled)) {
            return storeAsPolarSession(recording, baseName);
        }
        if (!sampled) {
            throw new IllegalArgumentException("nothing that can be stored was received");
        }
        List<SessionRecords.NewFile> files = new ArrayList<>();
        files.add(put(SessionFile.RECORDING, baseName + ".edf", f -> EdfWriter.write(recording, f)));
        if (intervals) {
            // EDF+ holds sampled channels only: the strap's own intervals are kept beside it, stamped on the EDF+'s
            // clock (its header states the start to the second, and every sample is placed from there), so the
            // analysis puts each beat back where it was among the samples
            files.add(put(SessionFile.KEPT, baseName + "_RR.txt", f -> PolarRrWriter.write(onEdfClock(recording), f)));
        }
        return files;
    }

    /**
     * The recording with its start stated to the whole second, as an EDF+ header states it: its time axis, and so every
     * beat's time on it, is unchanged, only the clock time it is stamped from.
     */
    private static Recording onEdfClock(Recording recording) {
        RecordingMetadata m = recording.metadata();
        RecordingMetadata second = new RecordingMetadata(m.start().map(s -> s.truncatedTo(ChronoUnit.SECONDS)),
                m.source(), m.subjectCode(), m.accelerometerSite());
        return new Recording(second, recording.channels(), recording.events(), recording.referenceBeats());
    }

    /**
     * A chest strap's RR intervals with its accelerometer and nothing else sampled (an H10 whose ECG was not
     * streamed): EDF+ would keep the accelerometer and lose the heart, so both are kept as the files Polar Sensor
     * Logger leaves, which the analysis reads as one session on the chest.
     */
    private static boolean isChestStrapWithAccelerometer(Recording recording) {
        long sampled = recording.channels().stream().filter(Channel::isRegular).count();
        return recording.metadata().accelerometerSite() == BodySite.CHEST
                && recording.firstChannel(ChannelType.RR).isPresent()
                && sampled == 3 && PolarAccWriter.canWrite(recording);
    }

    /**
     * The strap's RR intervals as a Polar RR export, every beat stamped on the session's clock (so a Bluetooth
     * dropout stays a gap, where a bare list of intervals would close it), its accelerometer beside them when it has
     * one, and the events.
     */
    private List<SessionRecords.NewFile> storeAsPolarSession(Recording recording, String baseName) throws IOException {
        List<SessionRecords.NewFile> files = new ArrayList<>();
        files.add(put(SessionFile.RECORDING, baseName + "_RR.txt", f -> PolarRrWriter.write(recording, f)));
        double folderStartSec = PolarRrWriter.startOffsetSec(recording);
        if (recording.firstChannel(ChannelType.ACC).isPresent()) {
            files.add(put(SessionFile.RECORDING, baseName + "_ACC.txt", f -> PolarAccWriter.write(recording, f)));
            folderStartSec = Math.min(folderStartSec, PolarAccWriter.startOffsetSec(recording));
        }
        if (!recording.events().isEmpty()) {
            // the folder's time axis starts where its earliest file does; the events are placed on that axis
            double shiftSec = -folderStartSec;
            List<Event> events = recording.events().stream().map(e -> e.shiftedBy(shiftSec)).toList();
            files.add(put(SessionFile.EVENTS, baseName + "-events.csv", f -> EventsCsv.write(events, f)));
        }
        return files;
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
