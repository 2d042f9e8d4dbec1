package org.lacrima.app.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.DatabaseOutage;
import org.lacrima.app.store.OwnerOnly;
import org.lacrima.app.store.Job;
import org.lacrima.app.store.JobQueue;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.io.ReadBudget;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * Runs one queued analysis: lays the stored originals out in a scratch folder ({@link RecordingLayout}),
 * analyses, and stores the result. Any failure
 * becomes a failed job with a one-line reason; the worker and the server carry on. The readers check
 * the recording against this job's share of the memory budget before they allocate.
 */
public final class SessionAnalysisJob {
    private static final Logger LOG = Logger.getLogger(SessionAnalysisJob.class.getName());
    /** Job progress when reading starts and when saving starts; the analyzer's stages fall in between. */
    static final double READ_START = 0.1;
    static final double SAVE_START = 0.9;

    private final JobQueue queue;
    private final RecordingAnalyzer analyzer;
    private final Path scratchRoot;
    private final long testDelayMillis;
    private final ReadBudget budget;
    private final RecordingLayout layout;

    /**
     * @param budget          the memory one analysis may claim (the server's budget shared by its workers)
     * @param testDelayMillis pause before analysing, so tests can kill the server mid-job; 0 in production
     */
    public SessionAnalysisJob(JobQueue queue, ContentStore content, RecordingAnalyzer analyzer, Path scratchRoot,
                              ReadBudget budget, long testDelayMillis) {
        this.budget = budget;
        this.layout = new RecordingLayout(content);
        this.queue = queue;
        this.analyzer = analyzer;
        this.scratchRoot = scratchRoot;
        this.testDelayMillis = testDelayMillis;
    }

    /**
     * Removes what jobs cut short by a crash left in the scratch folder; call before the worker starts,
     * when no job can be running.
     */
    public void clearLeftovers() {
        deleteQuietly(scratchRoot);
    }

    /**
     * Runs a claimed job to done or failed. Whatever the file does to the analysis, including running
     * it out of memory or stack, fails this job alone with a one-line reason; the worker carries on.
     *
     * @throws RuntimeException when the database cannot be reached ({@link DatabaseOutage#is}); the job
     *                          is then still 'running' and the worker puts it back once the database answers
     */
    public void run(Job job) {
        Path scratch = null;
        try {
            queue.progress(job.id(), 0.05, "preparing the files");
            JobQueue.SessionMaterials materials = queue.materials(job.sessionId());
            OwnerOnly.folder(scratchRoot);
            scratch = Files.createTempDirectory(scratchRoot, "job-");
            AnalysisRequest request = layout.layOut(materials, scratch, AnalysisSettings.fromJson(job.settingsJson()), budget);
            queue.progress(job.id(), READ_START, "reading the recording");
            if (testDelayMillis > 0) {
                Thread.sleep(testDelayMillis);
            }
            SessionAnalysis analysis = analyzer.analyze(request, (stage, fraction) ->
                    progressQuietly(job.id(), READ_START + (SAVE_START - READ_START) * fraction, stage));
            queue.progress(job.id(), SAVE_START, "saving the results");
            queue.complete(job.id(), job.sessionId(), job.settingsJson(), analysis.durationSec(),
                    AnalysisDocument.of(analysis).toJson(), analysis.episodes(),
                    analysis.recording().start().orElse(null));
        } catch (InterruptedException e) {
            // Shutting down: the job stays 'running' and is re-queued on the next start.
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            // A file the clinician can fix: their message is the whole story, no trace needed.
            String reason = JobFailure.reasonFor(e, scratch);
            LOG.info("analysis job " + job.id() + " failed: " + reason);
            queue.fail(job.id(), reason);
        } catch (VirtualMachineError e) {
            // Out of memory or stack inside this analysis: its objects are unreachable once unwound here.
            LOG.warning("analysis job " + job.id() + " failed: " + e);
            queue.fail(job.id(), JobFailure.reasonFor(e, scratch));
        } catch (RuntimeException e) {
            if (DatabaseOutage.is(e)) {
                throw e;
            }
            if (DatabaseOutage.isDatabaseError(e)) {
                // E.g. the session was deleted while it was analysed: nothing to save, nothing to retry.
                LOG.info("analysis job " + job.id() + " could not be saved: " + e.getMessage());
                failQuietly(job.id(), "the results could not be saved (was the session deleted meanwhile?)");
            } else {
                failUnexpectedly(job, e, scratch);
            }
        } catch (Exception | LinkageError | AssertionError e) {
            failUnexpectedly(job, e, scratch);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private void failUnexpectedly(Job job, Throwable e, Path scratch) {
        LOG.log(Level.WARNING, "analysis job " + job.id() + " failed unexpectedly", e);
        queue.fail(job.id(), JobFailure.reasonFor(e, scratch));
    }

    private void failQuietly(String jobId, String reason) {
        try {
            queue.fail(jobId, reason);
        } catch (RuntimeException e) {
            LOG.fine("job " + jobId + " not marked failed: " + e.getMessage());
        }
    }

    /** Progress is for show: a database hiccup while reporting it must not fail the analysis. */
    private void progressQuietly(String jobId, double fraction, String stage) {
        try {
            queue.progress(jobId, fraction, stage);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isDatabaseError(e)) {
                throw e;
            }
            LOG.fine("progress of job " + jobId + " not saved: " + e.getMessage());
        }
    }

    /** Removes a folder and everything in it, logging (not throwing) what cannot be removed. */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not remove scratch folder " + dir, e);
        }
    }
}
