package org.lacrima.app.store;

import java.util.List;

/**
 * One row of a client's history: a session, its self-rated distress and what its current analysis found.
 *
 * @param recordingDate   the day the session is filed under and ordered by, and whether it is known
 * @param analysed        whether an analysis has finished
 * @param latestJobState  state of the newest analysis job (queued, running, done, failed), or null
 * @param latestJobMessage why the newest job failed (one line, fit for the user), or null
 * @param maxPeakS        highest sympathetic peak of the session's episodes, or null
 * @param meanVagalRebound mean vagal rebound over the episodes where it could be assessed, or null
 */
public record SessionHistory(String sessionId, String title, String recordedOn, long createdAtMillis,
                             RecordingDate recordingDate,
                             Integer distressBefore, Integer distressAfter, boolean analysed, String latestJobState,
                             String latestJobMessage,
                             Double durationSec,
                             int resolved, int sustained, int subsided, Double maxPeakS, Double meanVagalRebound,
                             List<EpisodeSummary> episodes) {
}
