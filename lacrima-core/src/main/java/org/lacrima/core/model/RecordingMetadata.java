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
 * @param accelerometerSite where the recording's accelerometer is worn, when the format says
 */
public record RecordingMetadata(Optional<LocalDateTime> start, String source, String subjectCode,
                                BodySite accelerometerSite) {
    public RecordingMetadata {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(accelerometerSite, "accelerometerSite");
    }

    /** Metadata whose accelerometer, if any, is worn where the format does not say. */
    public RecordingMetadata(Optional<LocalDateTime> start, String source, String subjectCode) {
        this(start, source, subjectCode, BodySite.UNKNOWN);
    }

    /** The same facts with the accelerometer worn at {@code site}. */
    public RecordingMetadata withAccelerometerSite(BodySite site) {
        return new RecordingMetadata(start, source, subjectCode, site);
    }

    /** Metadata with only a source. */
    public static RecordingMetadata of(String source) {
        return new RecordingMetadata(Optional.empty(), source, "");
    }
}
