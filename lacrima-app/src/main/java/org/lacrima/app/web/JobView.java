package org.lacrima.app.web;

import org.lacrima.app.jobs.AnalysisSettings;
import org.lacrima.app.store.Job;

/** A job as the API shows it. */
record JobView(String id, String sessionId, String state, double progress, String stage, String message,
               AnalysisSettings settings, long createdAtMillis, Long startedAtMillis, Long finishedAtMillis) {
    static JobView of(Job j) {
        return new JobView(j.id(), j.sessionId(), j.state(), j.progress(), j.stage(), j.message(),
                AnalysisSettings.fromJson(j.settingsJson()), j.createdAtMillis(), j.startedAtMillis(),
                j.finishedAtMillis());
    }
}
