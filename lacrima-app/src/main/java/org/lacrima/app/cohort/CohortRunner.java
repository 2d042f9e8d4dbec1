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
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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
        try (ProgressBar bar = progressBar(entries.size())) {
            List<Future<Object>> futures = new ArrayList<>();
            for (CohortEntry entry : entries) {
                futures.add(pool.submit(() -> {
                    Object done = analyseOne(entry, cache);
                    if (bar != null) {
                        bar.setExtraMessage(entry.name());
                        bar.step();
                    }
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
            String contentHash = ContentHash.of(entry.recording());
            String eventsHash = entry.events().isPresent() ? ContentHash.of(entry.events().get()) : "";
            String settingsHash = settings.fingerprint(entry);
            String key = ResultCache.key(contentHash + eventsHash, settingsHash);
            Optional<ResultCache.Stored> earlier = cache.find(key, settings.indices());
            boolean reused = earlier.isPresent();
            ResultCache.Stored stored = reused ? earlier.get()
                    : cache.store(key, analyzer.analyze(settings.request(entry)), settings.indices());
            return new CohortResult(entry, contentHash, settingsHash, stored.analysis(), stored.indicesCsv(), reused);
        } catch (Exception e) {
            return CohortFailure.inAnalysis(entry, reason(entry.recording(), e.getMessage(), e));
        } catch (OutOfMemoryError e) {
            return CohortFailure.inAnalysis(entry, reason(entry.recording(), "too large to analyse in the available memory", e));
        }
    }

    /** One line that names the file (readers' messages already start with it). */
    private static String reason(Path input, String message, Throwable e) {
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        text = text.lines().findFirst().orElse(text).strip();
        String fileName = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        return text.contains(fileName) ? text : fileName + ": " + text;
    }

    private ProgressBar progressBar(int total) {
        if (progress == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Cohort").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(progress)).showSpeed().build();
    }
}
