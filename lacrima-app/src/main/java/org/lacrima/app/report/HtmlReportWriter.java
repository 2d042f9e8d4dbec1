package org.lacrima.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lacrima.io.json.AnalysisJsonModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.lacrima.app.export.AtomicOutput;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.model.Recording;

/**
 * Writes the self-contained HTML report of one session: everything — uPlot, styles, script and the
 * data as JSON — is inside the one file, so it opens offline, can be mailed or archived, and
 * fetches nothing. Tables are rendered here (they read and print without script); the charts are
 * drawn in the browser from the embedded data.
 */
public final class HtmlReportWriter {
    private final ObjectMapper mapper = AnalysisJsonModule.mapper();
    private final ReportOptions options;

    public HtmlReportWriter(ReportOptions options) {
        this.options = options;
    }

    public HtmlReportWriter() {
        this(ReportOptions.defaults());
    }

    /**
     * Writes the report to {@code target} (complete or not at all).
     *
     * @param recording the analysed recording, for the raw-signal plots; null to leave them out
     * @param analysis  its analysis
     */
    public void write(Recording recording, SessionAnalysis analysis, Path target) throws IOException {
        write(traces(recording), analysis, target);
    }

    /**
     * Writes the report to {@code target} (complete or not at all), with raw-signal plots collected as the
     * recording was read in chunks.
     *
     * @param raw      the recording's decimated signals ({@link RawTraces#accept}); null to leave them out
     * @param analysis its analysis
     */
    public void write(RawTraces raw, SessionAnalysis analysis, Path target) throws IOException {
        String html = render(raw, analysis);
        AtomicOutput.writeText(target, out -> out.write(html));
    }

    /** The report as a string; {@code recording} may be null. */
    public String render(Recording recording, SessionAnalysis analysis) {
        return render(traces(recording), analysis);
    }

    /** The report as a string; {@code raw} may be null. */
    public String render(RawTraces raw, SessionAnalysis analysis) {
        ReportSections sections = new ReportSections(analysis);
        String title = "Lacrima report: " + sections.sourceName();
        return ReportAssets.template().fill(Map.ofEntries(
                Map.entry("title", Html.escape(title)),
                Map.entry("uplotCss", ReportAssets.uplotCss()),
                Map.entry("sharedCss", ReportAssets.sharedCss()),
                Map.entry("reportCss", ReportAssets.reportCss()),
                Map.entry("header", sections.header(title)),
                Map.entry("summary", sections.summary()),
                Map.entry("warnings", sections.warnings()),
                Map.entry("outcomes", sections.outcomeExplanation()),
                Map.entry("episodes", sections.episodeTable()),
                Map.entry("dropped", sections.droppedCandidateTable()),
                Map.entry("channels", sections.channelTable()),
                Map.entry("events", sections.eventList()),
                Map.entry("data", scriptSafeJson(raw, analysis)),
                Map.entry("uplotJs", ReportAssets.uplotJs()),
                Map.entry("reportJs", ReportAssets.reportJs())));
    }

    /** The options' traces of a whole recording, for the reports of recordings read whole. */
    private RawTraces traces(Recording recording) {
        return recording == null ? null : RawTraces.of(recording, options);
    }

    private String scriptSafeJson(RawTraces raw, SessionAnalysis analysis) {
        try {
            String json = mapper.writeValueAsString(new ChartData(mapper, options).build(raw, analysis));
            // "<" only occurs inside JSON strings, where \u003c means the same; no label can end the script element
            return json.replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise chart data", e);
        }
    }
}
