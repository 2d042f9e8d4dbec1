package org.lacrima.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.app.analysis.RecordingInput;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormat;
import picocli.CommandLine.Option;

/** How to read an input recording: the reading options shared by the commands that take recordings. */
final class RecordingInputOptions {

    @Option(names = "--events", paramLabel = "EVENTS.csv", description = "events file: onset,label[,duration] (seconds)")
    Path events;

    @Option(names = "--format", paramLabel = "F", description = "input format instead of detecting it: ${COMPLETION-CANDIDATES}")
    RecordingFormat format;

    @Option(names = "--channel", paramLabel = "COLUMN=TYPE",
            description = "type of a channel or CSV column (ECG, PPG, EDA, RSP, RR, ACC, TEMP, HR, OTHER); repeatable")
    List<String> channelMappings = new ArrayList<>();

    @Option(names = "--rate", paramLabel = "HZ", description = "sampling rate of a CSV without a time column")
    Double rateHz;

    /** The reader options these flags describe. */
    ReadOptions readOptions() {
        ReadOptions read = ReadOptions.defaults();
        if (format != null) {
            read = read.withFormat(format);
        }
        if (rateHz != null) {
            read = read.withRateHz(rateHz);
        }
        for (String mapping : channelMappings) {
            read = read.withChannelMapping(mapping);
        }
        return read;
    }

    /** Reads {@code file} with these options and the events file, if one was given. */
    ReadResult read(Path file) throws IOException {
        return RecordingInput.read(file, Optional.ofNullable(events), readOptions());
    }
}
