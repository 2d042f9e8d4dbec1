package org.lacrima.app.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.app.batch.RecordingOutput;
import org.lacrima.app.export.IndicesCsv;
import org.lacrima.app.figures.SessionFigures;
import org.lacrima.app.report.HtmlReportWriter;
import org.lacrima.core.analysis.SessionAnalysis;

/**
 * What a batch writes per recording into its output folder: {@code NAME.json} and {@code NAME.html}
 * always, {@code NAME-indices.csv} and {@code figures/NAME-*.png} when asked for.
 */
public final class BatchOutputs {

    private BatchOutputs() {
    }

    /**
     * @param json    writes the analysis JSON to the path it is given
     * @param figures whether to draw the figures
     * @param indices whether to export the indices
     */
    public static List<RecordingOutput> perRecording(JsonOutput json, boolean figures, boolean indices) {
        HtmlReportWriter reports = new HtmlReportWriter();
        List<RecordingOutput> outputs = new ArrayList<>();
        outputs.add((a, dir, name) -> json.write(a.analysis(), dir.resolve(name + ".json")));
        outputs.add((a, dir, name) -> reports.write(a.recording(), a.analysis(), dir.resolve(name + ".html")));
        if (figures) {
            outputs.add((a, dir, name) -> SessionFigures.write(a.analysis(), dir.resolve("figures"), name));
        }
        if (indices) {
            outputs.add((a, dir, name) -> IndicesCsv.write(dir.resolve(name + "-indices.csv"), a.analysis()));
        }
        return outputs;
    }

    /** Writes an analysis as the JSON of DESIGN.md section 4. */
    @FunctionalInterface
    public interface JsonOutput {
        void write(SessionAnalysis analysis, Path target) throws IOException;
    }
}
