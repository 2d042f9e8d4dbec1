package org.lacrima.app.signals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.jobs.AnalysisSettings;
import org.lacrima.app.jobs.RecordingLayout;
import org.lacrima.app.jobs.SessionAnalysisJob;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.JobQueue;
import org.lacrima.app.store.OwnerOnly;
import org.lacrima.io.ReadBudget;

/**
 * A stored session's recording as read, with the beats, pulses and breaths its analysis detected: what
 * the session page's raw-signal charts and HRV summary draw on. The stored analysis keeps only thinned
 * indices, so the recording is read and analysed again (with markers kept) on first use, the same way
 * the queue read it ({@link RecordingLayout}); the last few are kept in memory while a clinician zooms. One
 * session's first read never holds up another's ({@link RecentLoads}).
 */
public final class SessionSignals {
    /** Sessions kept: a clinician comparing two sessions side by side; each can hold an hour of ECG. */
    private static final int KEPT = 2;

    private final RecordingLayout layout;
    private final Path scratchRoot;
    private final ReadBudget budget;
    private final RecentLoads<String, AnalysisService.Result> kept = new RecentLoads<>(KEPT);

    /**
     * @param scratchRoot a folder for laying out the originals while they are read (emptied after each)
     * @param budget      the memory one read may claim
     */
    public SessionSignals(ContentStore content, Path scratchRoot, ReadBudget budget) {
        this.layout = new RecordingLayout(content);
        this.scratchRoot = scratchRoot;
        this.budget = budget;
    }

    /** Removes what reads cut short by a stop left in {@code scratchRoot}; call before serving. */
    public static void clearLeftovers(Path scratchRoot) {
        SessionAnalysisJob.deleteQuietly(scratchRoot);
    }

    /**
     * The recording of a session and its analysis with markers, for the analysis {@code analysisId}
     * made with {@code settingsJson}; {@code materials} are the session's stored files.
     *
     * @throws IOException when the stored files cannot be read (one line naming the file)
     */
    public AnalysisService.Result of(String analysisId, String settingsJson, JobQueue.SessionMaterials materials)
            throws IOException {
        return kept.get(analysisId, () -> readAgain(settingsJson, materials));
    }

    private AnalysisService.Result readAgain(String settingsJson, JobQueue.SessionMaterials materials)
            throws IOException {
        OwnerOnly.folder(scratchRoot);
        Path scratch = Files.createTempDirectory(scratchRoot, "signals-");
        try {
            AnalysisRequest request = layout.layOut(materials, scratch, AnalysisSettings.fromJson(settingsJson), budget);
            // the events marked in the app stay: the recording is read again as the stored analysis read it
            request = request.withOptions(request.options().withMarkers(true));
            return new AnalysisService().analyze(request);
        } finally {
            SessionAnalysisJob.deleteQuietly(scratch);
        }
    }
}
