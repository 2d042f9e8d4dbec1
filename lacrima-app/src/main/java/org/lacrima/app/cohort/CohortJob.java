package org.lacrima.app.cohort;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lacrima.app.jobs.RecordingAnalyzer;

/**
 * A cohort on one machine: analyses the recordings of a validated plan in parallel (reusing earlier
 * results), then writes into the output folder the tables {@code sessions}, {@code episodes},
 * {@code failures} (and {@code indices} when asked) as Parquet, the per-condition {@code summary}
 * as Parquet and CSV, the per-subject {@code trajectories} as Parquet, and {@code summary.html}.
 * Earlier results live in {@code OUT/cache}.
 */
public final class CohortJob {
    /** The folder inside the output folder that keeps each recording's result for re-runs. */
    public static final String CACHE_DIR = "cache";

    private final CohortRunner runner;
    private final CohortSettings settings;
    private final PrintWriter messages;

    /**
     * @param analyzer the analysis {@code analyze} runs
     * @param threads  recordings analysed at once
     * @param progress where the progress bar goes (stderr), or null for none
     * @param messages where the failures and the closing line go (stderr), or null for none
     */
    public CohortJob(RecordingAnalyzer analyzer, CohortSettings settings, int threads, PrintStream progress,
                     PrintWriter messages) {
        this.runner = new CohortRunner(analyzer, settings, threads, progress);
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * What a run did.
     *
     * @param results  the analysed recordings (new and reused), in plan order
     * @param failures rejected rows and failed recordings
     * @param summary  the cohort summary
     */
    public record Report(List<CohortResult> results, List<CohortFailure> failures, CohortSummary summary) {
        /** Recordings analysed in this run (not reused from an earlier one). */
        public long analysedNow() {
            return results.stream().filter(r -> !r.reused()).count();
        }
    }

    /** Runs the cohort of {@code plan} into {@code out}. */
    public Report run(CohortPlan plan, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        CohortRunner.Outcome outcome = runner.run(plan.entries(), out.resolve(CACHE_DIR));
        List<CohortFailure> failures = new ArrayList<>(plan.rejected());
        failures.addAll(outcome.failures());
        CohortSummary summary = CohortSummary.of(outcome.results());
        writeTables(outcome.results(), failures, summary, out);
        CohortPage.write(out.resolve("summary.html"), summary, failures);
        Report report = new Report(outcome.results(), failures, summary);
        tell(report);
        return report;
    }

    private void writeTables(List<CohortResult> results, List<CohortFailure> failures, CohortSummary summary, Path out)
            throws IOException {
        TableData sessions = new TableData();
        TableData episodes = new TableData();
        TableData failed = new TableData();
        results.forEach(r -> sessions.add(CohortRows.session(r)));
        results.forEach(r -> CohortRows.episodes(r).forEach(episodes::add));
        failures.forEach(f -> failed.add(CohortRows.failure(f)));
        // tables without rows still carry their key columns
        CohortRows.failure(new CohortFailure("", "", "", "", "")).keySet().forEach(failed::declare);
        List.of("recording", "subject", "session", "sessionDate", "condition").forEach(c -> {
            sessions.declare(c);
            episodes.declare(c);
        });
        episodes.declare("episode");
        try (ParquetTables tables = new ParquetTables()) {
            tables.write("sessions", sessions, out.resolve("sessions.parquet"));
            tables.write("episodes", episodes, out.resolve("episodes.parquet"));
            tables.write("failures", failed, out.resolve("failures.parquet"));
            tables.write("summary", summary.conditionTable(), out.resolve("summary.parquet"));
            tables.writeCsv("summary", out.resolve("summary.csv"));
            tables.write("trajectories", summary.trajectoryTable(), out.resolve("trajectories.parquet"));
            if (settings.indices()) {
                writeIndices(tables, results, out.resolve("indices.parquet"));
            }
        }
    }

    /** Joins the recordings' cached 4 Hz index tables into one, with a {@code recording} column first. */
    private static void writeIndices(ParquetTables tables, List<CohortResult> results, Path target) throws IOException {
        Map<String, List<String>> recordingsOfFile = new LinkedHashMap<>();
        for (CohortResult r : results) {
            r.indicesCsv().ifPresent(p -> recordingsOfFile.computeIfAbsent(p.toAbsolutePath().toString(),
                    f -> new ArrayList<>()).add(r.entry().name()));
        }
        if (recordingsOfFile.isEmpty()) {
            return;
        }
        String files = recordingsOfFile.keySet().stream().map(DuckDb::literal).collect(Collectors.joining(", "));
        String names = recordingsOfFile.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(n -> "(" + DuckDb.literal(e.getKey()) + ", " + DuckDb.literal(n) + ")"))
                .collect(Collectors.joining(", "));
        try {
            tables.copy("SELECT m.recording, r.* EXCLUDE (filename) FROM read_csv([" + files + "], union_by_name = true, "
                    + "filename = true, header = true) r JOIN (VALUES " + names + ") m(file, recording) "
                    + "ON r.filename = m.file ORDER BY m.recording, r.timeSec", target);
        } catch (SQLException e) {
            throw new IOException(target + ": cannot write the indices table: " + e.getMessage(), e);
        }
    }

    private void tell(Report report) {
        if (messages == null) {
            return;
        }
        for (CohortFailure f : report.failures()) {
            messages.println("lacrima: failed " + f.recording() + ": " + f.reason());
        }
        messages.println("lacrima: " + report.results().size() + " recordings in the tables (" + report.analysedNow()
                + " analysed now, " + (report.results().size() - report.analysedNow()) + " from earlier runs)"
                + (report.failures().isEmpty() ? "" : ", " + report.failures().size() + " failed (listed in failures.parquet)"));
        messages.flush();
    }
}
