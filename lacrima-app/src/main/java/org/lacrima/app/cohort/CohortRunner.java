package org.lacrima.app.cohort;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lacrima.app.batch.RecordingsProgress;
import org.lacrima.app.jobs.RecordingAnalyzer;

/**
 * Analyses the recordings of a cohort in parallel on one machine, reusing every result an earlier
 * run stored for the same content and settings. A recording that cannot be read or analysed
 * becomes a failure and the others go on.
 */
public final class CohortRunner {
    private final RecordingAnalyzer analyzer;
    private final CohortSettings settings;
    private final int threads;
    private final PrintStream progress;

    /**
     * @param analyzer the analysis {@code analyze} runs ({@link RecordingAnalyzer#service()})
     * @param threads  recordings analysed at once
     * @param progress where the progress bar goes (stderr), or null for none
     */
    public CohortRunner(RecordingAnalyzer analyzer, CohortSettings settings, int threads, PrintStream progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.analyzer = analyzer;
        this.settings = settings;
        this.threads = threads;
        this.progress = progress;
    }

    /** What a run gave: a result or a failure per entry, each in entry order. */
    public record Outcome(List<CohortResult> results, List<CohortFailure> failures) {
    }

    /** Analyses {@code entries}, storing and reusing results in {@code cacheDir}. */
    public Outcome run(List<CohortEntry> entries, Path cacheDir) throws InterruptedException {
        ResultCache cache = new ResultCache(cacheDir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, entries.size())));
        List<CohortResult> results = new ArrayList<>();
        List<CohortFailure> failures = new ArrayList<>();
        try (RecordingsProgress bar = RecordingsProgress.on(progress, "Cohort", entries.size())) {
            List<Future<Object>> futures = new ArrayList<>();
            for (CohortEntry entry : entries) {
                futures.add(pool.submit(() -> {
                    Object done = analyseOne(entry, cache);
                    bar.done(entry.name());
                    return done;
                }));
            }
            for (Future<Object> f : futures) {
                Object done = f.get();
                if (done instanceof CohortResult r) {
                    results.add(r);
                } else {
                    failures.add((CohortFailure) done);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cohort worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(results, failures);
    }

    private Object analyseOne(CohortEntry entry, ResultCache cache) {
        try {
            RecordingKey key = RecordingKey.of(entry, settings);
            Optional<ResultCache.Stored> earlier = cache.find(key.cacheKey(), settings.indices());
            boolean reused = earlier.isPresent();
            ResultCache.Stored stored = reused ? earlier.get()
                    : cache.store(key.cacheKey(), analyzer.analyze(settings.request(entry)), settings.indices());
            return new CohortResult(entry, key.contentHash(), key.settingsHash(), stored.analysis(), stored.indicesCsv(),
                    reused);
        } catch (Exception | OutOfMemoryError e) {
            return CohortFailure.inAnalysis(entry, RecordingKey.reason(entry.recording(), e));
        }
    }
}
