package org.lacrima.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lacrima.app.batch.BatchItem;
import org.lacrima.app.batch.BatchRunner;
import org.lacrima.app.batch.SessionPipeline;
import org.lacrima.app.output.BatchOutputs;
import org.lacrima.app.output.OutputRequest;
import org.lacrima.app.output.OutputSet;
import org.lacrima.app.report.RawTraces;
import org.lacrima.app.report.ReportOptions;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Recording;
import picocli.CommandLine.Option;

/**
 * The {@code analyze} options for reports, figures and tables, and for batch mode ({@code --out}).
 * A picocli mixin: the command parses, these hand the work to the output and batch services.
 */
public final class OutputOptions {
    @Option(names = "--report", paramLabel = "FILE", description = "self-contained HTML report (opens offline, fetches nothing)")
    Path report;

    @Option(names = "--figures", paramLabel = "DIR",
            description = "folder for PNG figures: the S/P axes of the session and of each episode")
    Path figures;

    @Option(names = "--indices", paramLabel = "FILE",
            description = "the 4 Hz indices and S/P axes as CSV (with --out: a folder for NAME-indices.csv)")
    Path indices;

    @Option(names = "--episodes-csv", paramLabel = "FILE", description = "the episodes with every metric as CSV")
    Path episodesCsv;

    @Option(names = "--out", paramLabel = "DIR",
            description = "batch mode: analyse every recording given (files or folders) in parallel and write "
                    + "NAME.json, NAME.html, episodes.csv and summary.csv into DIR")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "batch mode: recordings analysed at once (default: one per core)")
    Integer threads;

    /** Whether the batch mode was asked for. */
    public boolean batch() {
        return out != null;
    }

    /** Whether any single-recording output was asked for. */
    public boolean anyRequested() {
        return report != null || figures != null || indices != null || episodesCsv != null;
    }

    /**
     * Where the report's raw-signal plots collect as the recording is read in chunks; empty without a report. No output
     * of these needs the recording whole: the figures and the tables come from the analysis alone.
     */
    public Optional<RawTraces> rawTraces() {
        return report == null ? Optional.empty() : Optional.of(new RawTraces(ReportOptions.defaults()));
    }

    /** Whether an output draws the detected markers (the report's SCRs), so the analysis must keep them. */
    public boolean needsMarkers() {
        return report != null || out != null;
    }

    /**
     * Writes the single-recording outputs asked for under the temporary names of {@code set}. The report draws the
     * raw signals from {@code raw} when given (collected while the recording was read in chunks), else from
     * {@code recording}, which may be null.
     */
    public void writeSingle(Recording recording, RawTraces raw, SessionAnalysis analysis, Path input, OutputSet set)
            throws IOException {
        OutputRequest.of(report, figures, indices, episodesCsv).staged(set).write(recording, raw, analysis, stem(input));
    }

    /**
     * Runs the batch over {@code inputs} into {@code --out}.
     *
     * @return the exit code: 0 if every recording was analysed, 1 if any failed
     */
    public int runBatch(List<Path> inputs, SessionPipeline pipeline, BatchOutputs.JsonOutput json, PrintStream err)
            throws IOException {
        if (report != null || episodesCsv != null) {
            throw new IllegalArgumentException("--report and --episodes-csv name one file; with --out every recording "
                    + "gets NAME.html and the episodes go to DIR/episodes.csv");
        }
        Files.createDirectories(out);
        // made before the recordings run in parallel, so that one recording's failure never removes a folder
        // another is writing into
        for (Path folder : new Path[] {figures, indices}) {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        }
        BatchRunner runner = new BatchRunner(pipeline,
                BatchOutputs.perRecording(json, Optional.ofNullable(figures), Optional.ofNullable(indices)),
                threads == null ? BatchRunner.defaultThreads() : threads, err);
        List<BatchItem> items = runner.run(inputs, out);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no recording found in " + inputs);
        }
        return items.stream().allMatch(BatchItem::ok) ? 0 : 1;
    }

    private static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
