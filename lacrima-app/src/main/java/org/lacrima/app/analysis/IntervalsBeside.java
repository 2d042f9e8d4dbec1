package org.lacrima.app.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingReaders;

/**
 * A strap's RR intervals kept beside a recording that cannot hold them (a live session's EDF+ of the sampled channels,
 * its strap's intervals in a Polar RR export stamped on the same clock), put back on the recording's time axis: each
 * beat at its clock time less the recording's start. So the stored session is analysed with the heart it was
 * recorded with, as the live view analysed it.
 */
final class IntervalsBeside {
    private final Channel rr;
    private final List<String> warnings;

    private IntervalsBeside(Channel rr, List<String> warnings) {
        this.rr = rr;
        this.warnings = warnings;
    }

    /**
     * Reads the export {@code file} (within {@code budget}, as the recording is read) and places its intervals on the
     * axis of a recording that started at {@code recordingStart}.
     *
     * @throws RecordingFormatException naming the file when it holds no intervals or either start is unknown
     */
    static IntervalsBeside read(Path file, Optional<LocalDateTime> recordingStart, ReadBudget budget)
            throws IOException {
        ReadResult read = RecordingReaders.read(file, ReadOptions.defaults().withBudget(budget));
        Channel rr = read.recording().firstChannel(ChannelType.RR)
                .orElseThrow(() -> new RecordingFormatException(file, "holds no RR intervals"));
        Optional<LocalDateTime> start = read.recording().metadata().start();
        if (start.isEmpty() || recordingStart.isEmpty()) {
            throw new RecordingFormatException(file, "cannot be placed beside the recording: a start time is missing");
        }
        double offsetSec = Duration.between(recordingStart.get(), start.get()).toNanos() / 1e9;
        return new IntervalsBeside(rr.shiftedBy(offsetSec), read.warnings());
    }

    /** What reading the export warned about (a strap's Bluetooth dropouts). */
    List<String> warnings() {
        return warnings;
    }

    /** {@code recording} with the intervals. */
    Recording joined(Recording recording) {
        return joined(recording, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** {@code chunk} of a recording read in chunks with the intervals closing in {@code [fromSec, toSec)}. */
    Recording joined(Recording chunk, double fromSec, double toSec) {
        List<Channel> channels = new ArrayList<>(chunk.channels());
        channels.add(rr.slice(fromSec, toSec));
        return new Recording(chunk.metadata(), channels, chunk.events(), chunk.referenceBeats());
    }
}
