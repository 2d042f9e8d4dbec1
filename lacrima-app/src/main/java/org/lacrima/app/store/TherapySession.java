package org.lacrima.app.store;

/**
 * One recorded therapy session of a client.
 *
 * @param recordedOn       ISO date the clinician gave (may be null)
 * @param formatHint       the recording format the clinician chose, or null to detect it
 * @param distressBefore   client's self-rated distress 0..10 before the session, or null
 * @param distressAfter    client's self-rated distress 0..10 after the session, or null
 * @param latestAnalysisId the analysis shown by default, or null before the first one finished
 * @param recordingStart   when the recording file says it started (ISO local date-time), or null
 * @param recordingDate    the day the session is filed under, and whether it is known
 */
public record TherapySession(String id, String clientId, String title, String recordedOn, String formatHint,
                             String notes, Integer distressBefore, Integer distressAfter, String latestAnalysisId,
                             long createdAtMillis, String recordingStart, RecordingDate recordingDate) {
}
