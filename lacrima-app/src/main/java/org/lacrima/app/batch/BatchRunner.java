package org.lacrima.app.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lacrima.app.export.EpisodesCsv;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.output.OutputSet;

/**
 * Analyses many recordings in parallel, one per core, writing each one's outputs (all of them or none) as soon
 * as it is done, then the tables across all of them ({@code episodes.csv}, {@code summary.csv}). A
 * recording that fails is recorded with its reason and does not stop the others.
 */
public final class BatchRunner {
    private final SessionPipeline pipeline;
    private final List<RecordingOutput> outputs;
    private final int threads;
    private final PrintStream progress;

    /**
     * @param pipeline reads and analyses one recording
     * @param outputs  what to write per recording (JSON, report ...)
     * @param threads  recordings analysed at once
     * @param progress where the progress bar and the failures go (stderr), or null for none
     */
    public BatchRunner(SessionPipeline pipeline, List<RecordingOutput> outputs, int threads, PrintStream progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.outputs = List.copyOf(outputs);
        this.threads = threads;
        this.progress = progress;
    }

    /** One thread per available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Analyses every recording in {@code inputs} (files and folders; see {@link RecordingFinder})
     * and writes the outputs into {@code outDir}.
     *
     * @return one item per recording, in input order
     */
    public List<BatchItem> run(List<Path> inputs, Path outDir) throws IOException {
        List<RecordingFinder.Candidate> candidates = RecordingFinder.find(inputs);
        // made before the recordings run in parallel: no recording's failure can then remove it under another
        Files.createDirectories(outDir);
        List<BatchItem> items = new ArrayList<>(candidates.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, candidates.size())));
        try (RecordingsProgress bar = RecordingsProgress.on(progress, "Analysing", candidates.size())) {
            List<Future<BatchItem>> futures = new ArrayList<>();
            for (RecordingFinder.Candidate c : candidates) {
                futures.add(pool.submit(() -> {
                    BatchItem item = analyseOne(c, outDir);
                    bar.done(c.name());
                    return item;
                }));
            }
            for (Future<BatchItem> f : futures) {
                items.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        EpisodesCsv.write(outDir.resolve("episodes.csv"), items.stream().filter(BatchItem::ok)
                .map(i -> new EpisodesCsv.Source(i.name(), i.analysis().orElseThrow())).toList());
        SummaryCsv.write(outDir.resolve("summary.csv"), items);
        reportFailures(items, RecordingFinder.skipped(inputs));
        return items;
    }

    private BatchItem analyseOne(RecordingFinder.Candidate candidate, Path outDir) {
        try {
            AnalysisService.Result analysed = pipeline.analyse(candidate.input(), candidate.confinedEvents());
            // a recording's files appear together or not at all: a report that fails leaves no JSON behind
            try (OutputSet written = new OutputSet()) {
                for (RecordingOutput output : outputs) {
                    output.write(analysed, written, outDir, candidate.name());
                }
                written.commit();
            }
            // only the analysis is kept: raw channels of many recordings would not fit in memory together
            return BatchItem.succeeded(candidate.input(), candidate.name(), analysed.analysis());
        } catch (Exception e) {
            return BatchItem.failed(candidate.input(), candidate.name(), reason(candidate.input(), e.getMessage(), e));
        } catch (OutOfMemoryError e) {
            return BatchItem.failed(candidate.input(), candidate.name(),
                    reason(candidate.input(), "too large to analyse in the available memory", e));
        }
    }

    /** One line that names the file, as every Lacrima error does (readers already start with the name). */
    private static String reason(Path input, String message, Throwable e) {
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        text = text.lines().findFirst().orElse(text).strip();
        String fileName = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        return text.contains(fileName) ? text : fileName + ": " + text;
    }

    private void reportFailures(List<BatchItem> items, List<Path> skipped) {
        if (progress == null) {
            return;
        }
        long failed = items.stream().filter(i -> !i.ok()).count();
        for (BatchItem item : items) {
            item.error().ifPresent(error -> progress.println("lacrima: failed " + item.input() + ": " + error));
        }
        for (Path p : skipped) {
            progress.println("lacrima: skipped " + p + ": a questionnaire or subject table, not a recording");
        }
        progress.println("lacrima: " + (items.size() - failed) + " of " + items.size() + " recordings analysed"
                + (failed > 0 ? ", " + failed + " failed (listed in summary.csv)" : "")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " other file(s) skipped"));
    }
}
