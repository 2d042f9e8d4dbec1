package org.lacrima.app.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lacrima.app.export.EpisodesCsv;
import org.lacrima.app.export.IndicesCsv;
import org.lacrima.app.figures.SessionFigures;
import org.lacrima.app.report.HtmlReportWriter;
import org.lacrima.app.report.RawTraces;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Recording;

/**
 * The files asked for besides the JSON when one recording is analysed ({@code --report},
 * {@code --figures}, {@code --indices}, {@code --episodes-csv}); each is written complete or not at all.
 *
 * @param report      the HTML report
 * @param figuresDir  folder for the PNG figures (session and one per episode)
 * @param indices     the 4 Hz indices and axes as CSV
 * @param episodesCsv the episodes with every metric as CSV
 */
public record OutputRequest(Optional<Path> report, Optional<Path> figuresDir, Optional<Path> indices,
                            Optional<Path> episodesCsv) {
    public OutputRequest {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(figuresDir, "figuresDir");
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(episodesCsv, "episodesCsv");
    }

    /** Nothing besides the JSON. */
    public static OutputRequest none() {
        return new OutputRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Builds a request from options that may be null (as picocli leaves absent options). */
    public static OutputRequest of(Path report, Path figuresDir, Path indices, Path episodesCsv) {
        return new OutputRequest(Optional.ofNullable(report), Optional.ofNullable(figuresDir),
                Optional.ofNullable(indices), Optional.ofNullable(episodesCsv));
    }

    /** The same outputs written to the temporary names of {@code set}, for {@link OutputSet#commit()} to put in place. */
    public OutputRequest staged(OutputSet set) throws IOException {
        return new OutputRequest(stage(report, set), figuresDir.isPresent()
                ? Optional.of(set.stageFolder(figuresDir.get())) : Optional.empty(),
                stage(indices, set), stage(episodesCsv, set));
    }

    private static Optional<Path> stage(Optional<Path> target, OutputSet set) throws IOException {
        return target.isPresent() ? Optional.of(set.stage(target.get())) : Optional.empty();
    }

    /**
     * Writes every requested file.
     *
     * @param name stem of the figure files and the recording column of the episodes table
     */
    public void write(Recording recording, SessionAnalysis analysis, String name) throws IOException {
        write(recording, null, analysis, name);
    }

    /**
     * Writes every requested file; the report draws the raw signals from {@code raw} when given (collected while
     * the recording was read in chunks), else from {@code recording} (either may be null: no raw-signal plots).
     *
     * @param name stem of the figure files and the recording column of the episodes table
     */
    public void write(Recording recording, RawTraces raw, SessionAnalysis analysis, String name) throws IOException {
        if (report.isPresent()) {
            HtmlReportWriter writer = new HtmlReportWriter();
            if (raw != null) {
                writer.write(raw, analysis, report.get());
            } else {
                writer.write(recording, analysis, report.get());
            }
        }
        if (figuresDir.isPresent()) {
            SessionFigures.write(analysis, figuresDir.get(), name);
        }
        if (indices.isPresent()) {
            IndicesCsv.write(indices.get(), analysis);
        }
        if (episodesCsv.isPresent()) {
            EpisodesCsv.write(episodesCsv.get(), List.of(new EpisodesCsv.Source(name, analysis)));
        }
    }
}
