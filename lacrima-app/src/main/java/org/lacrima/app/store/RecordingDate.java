package org.lacrima.app.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * When a session was recorded, and how we know: the clinician's own date wins; otherwise the start time
 * the recording file gives; otherwise the upload day stands in and the date is flagged as unknown.
 *
 * @param date   ISO day (yyyy-MM-dd) the session is filed under
 * @param time   local time of day (HH:mm) the recording started, or null when no file gave one for that day
 * @param source {@link #CLINICIAN}, {@link #RECORDING} or {@link #UNKNOWN}
 */
public record RecordingDate(String date, String time, String source) {
    public static final String CLINICIAN = "clinician";
    public static final String RECORDING = "recording";
    public static final String UNKNOWN = "unknown";

    /** Oldest first; sessions of one day by start time (those without one after), ties by upload order. */
    public static final Comparator<RecordingDate> CHRONOLOGICAL = Comparator.comparing(RecordingDate::date)
            .thenComparing(RecordingDate::time, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * @param recordedOn      the clinician's ISO date, or null
     * @param recordingStart  the file's ISO local start date-time, or null
     * @param createdAtMillis when the session was uploaded (UTC epoch milliseconds)
     */
    public static RecordingDate of(String recordedOn, String recordingStart, long createdAtMillis) {
        LocalDateTime start = parse(recordingStart);
        if (recordedOn != null && !recordedOn.isBlank()) {
            boolean sameDay = start != null && start.toLocalDate().toString().equals(recordedOn);
            return new RecordingDate(recordedOn, sameDay ? hhmm(start) : null, CLINICIAN);
        }
        if (start != null) {
            return new RecordingDate(start.toLocalDate().toString(), hhmm(start), RECORDING);
        }
        LocalDate uploaded = Instant.ofEpochMilli(createdAtMillis).atOffset(ZoneOffset.UTC).toLocalDate();
        return new RecordingDate(uploaded.toString(), null, UNKNOWN);
    }

    /** Whether the date comes from the clinician or the file, not from the upload day. */
    public boolean known() {
        return !UNKNOWN.equals(source);
    }

    private static String hhmm(LocalDateTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static LocalDateTime parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
