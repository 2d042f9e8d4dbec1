package org.lacrima.core.model;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about a recording as a whole.
 *
 * @param start       local start date-time as stated by the file, if known
 * @param source      where it came from: a file name, a device, "simulator"
 * @param subjectCode pseudonymous subject or client code, may be empty
 */
public record RecordingMetadata(Optional<LocalDateTime> start, String source, String subjectCode) {
    public RecordingMetadata {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subjectCode, "subjectCode");
    }

    /** Metadata with only a source. */
    public static RecordingMetadata of(String source) {
        return new RecordingMetadata(Optional.empty(), source, "");
    }
}
