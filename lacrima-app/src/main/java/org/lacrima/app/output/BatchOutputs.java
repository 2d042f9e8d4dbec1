package org.lacrima.app.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.app.batch.RecordingOutput;
import org.lacrima.app.export.IndicesCsv;
import org.lacrima.app.figures.SessionFigures;
import org.lacrima.app.report.HtmlReportWriter;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * What a batch writes per recording: {@code NAME.json} and {@code NAME.html} into the output folder
 * always, {@code NAME-*.png} figures and {@code NAME-indices.csv} into their folders when asked for.
 */
public final class BatchOutputs {

    private BatchOutputs() {
    }

    /**
     * @param json       writes the analysis JSON to the path it is given
     * @param figuresDir folder for the figures, if wanted
     * @param indicesDir folder for the indices tables, if wanted
     */
    public static List<RecordingOutput> perRecording(JsonOutput json, Optional<Path> figuresDir,
                                                     Optional<Path> indicesDir) {
        HtmlReportWriter reports = new HtmlReportWriter();
        List<RecordingOutput> outputs = new ArrayList<>();
        outputs.add((a, set, dir, name) -> json.write(a.analysis(), set.stage(dir.resolve(name + ".json"))));
        outputs.add((a, set, dir, name) -> reports.write(a.recording(), a.analysis(),
                set.stage(dir.resolve(name + ".html"))));
        // a staging folder per recording, whose NAME-*.png files the commit moves into the shared figures folder
        figuresDir.ifPresent(figures -> outputs.add((a, set, dir, name) ->
                SessionFigures.write(a.analysis(), set.stageFolder(figures), name)));
        indicesDir.ifPresent(indices -> outputs.add((a, set, dir, name) ->
                IndicesCsv.write(set.stage(indices.resolve(name + "-indices.csv")), a.analysis())));
        return outputs;
    }

    /** Writes an analysis as the JSON of DESIGN.md section 4. */
    @FunctionalInterface
    public interface JsonOutput {
        void write(SessionAnalysis analysis, Path target) throws IOException;
    }
}
