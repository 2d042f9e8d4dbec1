package org.lacrima.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lacrima.core.model.Recording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.testsupport.HeadlessChromium;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.json.AnalysisJsonWriter;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetric;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of a simulated session, analysed end to end, opened in a real headless Chromium from a
 * file:// URL, with no network.
 */
class HtmlReportBrowserTest {
    private static final double DURATION_SEC = 22 * 60;
    private static final org.assertj.core.data.Offset<Double> SAME = org.assertj.core.data.Offset.offset(1e-6);
    private static final Pattern EXTERNAL_REFERENCE = Pattern.compile(
            "(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import");

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static SessionAnalysis analysis;
    static JsonNode json;
    static Path report;

    @BeforeAll
    static void openReport() throws Exception {
        SimulatedSession session = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(21)
                .withDurationSec(DURATION_SEC).withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED)
                .withRateHz(ChannelType.ECG, 250));
        Path edf = dir.resolve("session.edf");
        EdfWriter.write(session.recording(), edf);
        AnalysisRequest defaults = AnalysisRequest.of(edf);
        AnalysisService.Result result = new AnalysisService().analyze(new AnalysisRequest(edf, Optional.empty(),
                defaults.readOptions(), defaults.options().withMarkers(true)));
        analysis = result.analysis();
        Path jsonFile = dir.resolve("session.json");
        new AnalysisJsonWriter(false).write(analysis, jsonFile);
        json = new ObjectMapper().readTree(jsonFile.toFile());
        assertThat(json.get("episodes").size()).as("episodes found in the simulated session").isPositive();
        report = dir.resolve("session.html");
        new HtmlReportWriter().write(result.recording(), analysis, report);
        browser = HeadlessChromium.start();
        browser.get(report.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.lacrimaReady === true")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFileFetchesNothing() throws Exception {
        String html = Files.readString(report);
        assertThat(EXTERNAL_REFERENCE.matcher(html).find()).as("external reference in the report").isFalse();
        assertThat(html).contains("uPlot").contains("id=\"lacrima-data\"");
        // and the browser, having drawn everything, loaded no resource besides the page itself
        assertThat(((Number) browser.executeScript("return performance.getEntriesByType('resource').length")).intValue())
                .isZero();
    }

    @Test
    void everyChartDrawsOnItsCanvas() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> canvases = (List<Map<String, Object>>) browser.executeScript("""
                return Array.from(document.querySelectorAll('#charts .chart')).map(function (chart) {
                  var c = chart.querySelector('canvas');
                  var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, inked = 0;
                  for (var i = 3; i < px.length; i += 4) { if (px[i] > 0) { inked++; } }
                  return {plot: chart.getAttribute('data-plot'), width: c.width, inked: inked};
                });""");
        assertThat(canvases).extracting(c -> c.get("plot").toString())
                .contains("axes", "heart", "eda", "breathing").anyMatch(id -> id.startsWith("raw-"));
        // the detected R-peaks ride on the ECG plot, to be checked against the trace when zoomed in
        Number rPeaks = (Number) browser.executeScript(
                "var ecg = lacrimaPlots.filter(u => u.lacrimaSpec.id === 'raw-ECG')[0]; return ecg.lacrimaSpec.marks.length");
        assertThat(rPeaks.intValue()).isEqualTo(analysis.markers().rPeaksSec().length()).isGreaterThan(1000);
        for (Map<String, Object> c : canvases) {
            long pixels = ((Number) c.get("width")).longValue();
            assertThat(((Number) c.get("inked")).longValue()).as("inked pixels of " + c.get("plot"))
                    .isGreaterThan(pixels * 3);
        }
    }

    @Test
    void episodeTableMatchesTheJson() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#episodes tbody tr[data-episode]"));
        JsonNode episodes = json.get("episodes");
        assertThat(rows).hasSize(episodes.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = episodes.get(i);
            WebElement row = rows.get(i);
            assertThat(Double.parseDouble(row.getAttribute("data-onset-sec"))).isCloseTo(e.get("onsetSec").asDouble(), SAME);
            assertThat(Double.parseDouble(row.getAttribute("data-peak-sec"))).isCloseTo(e.get("peakSec").asDouble(), SAME);
            assertThat(row.getAttribute("data-outcome")).isEqualTo(e.get("outcome").asText());
            assertThat(row.getAttribute("data-interrupted")).isEqualTo(e.get("interrupted").asText());
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo(DisplayFormat.clock(e.get("onsetSec").asDouble()));
            assertThat(cells.get(2).getText()).isEqualTo(DisplayFormat.clock(e.get("peakSec").asDouble()));
            assertThat(cells.get(5).getText()).isEqualTo(e.get("outcome").asText());
            assertThat(cells.get(6).getText()).isEqualTo(e.get("interrupted").asBoolean() ? "yes" : "no");
            assertThat(cells.get(7).getText()).isEqualTo(DisplayFormat.percent(e.get("confidence").asDouble()));
            assertThat(cells.get(8).getText()).isEqualTo(DisplayFormat.duration(e.get("metrics").get("buildUpSec").asDouble()));
            // every metric of the one definition has its cell, so a metric added there cannot go missing here
            for (EpisodeMetric metric : EpisodeMetric.values()) {
                assertThat(row.findElements(By.cssSelector("td[data-metric='" + metric.key() + "']")))
                        .as("cell of %s in episode %d", metric.key(), i + 1).singleElement()
                        .extracting(WebElement::getText)
                        .isEqualTo(DisplayFormat.metric(metric, analysis.episodes().get(i).metrics()));
            }
        }
        assertThat(browser.findElements(By.cssSelector("#episodes thead th[data-metric]")))
                .extracting(WebElement::getText)
                .containsExactly(Arrays.stream(EpisodeMetric.values()).map(EpisodeMetric::label).toArray(String[]::new));
        for (var outcome : org.lacrima.core.episode.Outcome.values()) {
            String count = browser.findElement(By.cssSelector("[data-outcome-count='" + outcome.jsonName() + "']")).getText();
            assertThat(Long.parseLong(count)).isEqualTo(analysis.episodes().stream().filter(e -> e.outcome() == outcome).count());
        }
    }

    @Test
    void droppedCandidateTableMatchesTheJson() {
        JsonNode dropped = json.get("droppedCandidates");
        List<WebElement> rows = browser.findElements(By.cssSelector("#dropped tbody tr"));
        assertThat(rows).hasSize(dropped.size());
        assertThat(browser.findElements(By.id("no-dropped"))).hasSize(dropped.isEmpty() ? 1 : 0);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode d = dropped.get(i);
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertThat(rows.get(i).getAttribute("data-reason")).isEqualTo(d.get("reason").asText());
            assertThat(cells.get(0).getText()).isEqualTo(DisplayFormat.clock(d.get("onsetSec").asDouble()));
            assertThat(cells.get(2).getText()).isEqualTo(DisplayFormat.clock(d.get("droppedAtSec").asDouble()));
            assertThat(cells.get(3).getText()).isEqualTo(d.get("description").asText());
        }
        // the charts' data carries them too, for the strip at the foot of the axes chart
        Number charted = (Number) browser.executeScript(
                "return JSON.parse(document.getElementById('lacrima-data').textContent).droppedCandidates.length");
        assertThat(charted.intValue()).isEqualTo(dropped.size());
    }

    @Test
    void droppedCandidatesAreListedWithTheCheckTheyFailed() {
        SessionAnalysis handmade = HandmadeSession.analysis(HandmadeSession.recording(1));
        List<DroppedCandidate> dropped = List.of(new DroppedCandidate(130, 150, 175, DropReason.FELL_BACK),
                new DroppedCandidate(960, 1010, 1100, DropReason.TALKING_STEP));
        SessionAnalysis withDropped = new SessionAnalysis(handmade.recording(), handmade.durationSec(),
                handmade.channels(), handmade.events(), handmade.baseline(), handmade.episodes(), handmade.indices(),
                handmade.markers(), handmade.warnings(), handmade.hrv(), dropped);

        String html = new HtmlReportWriter().render((Recording) null, withDropped);
        String none = new HtmlReportWriter().render((Recording) null, handmade);

        assertThat(html).contains("data-reason=\"talking-step\"").contains(DropReason.TALKING_STEP.description())
                .contains("<td>" + DisplayFormat.clock(960) + "</td>").doesNotContain("id=\"no-dropped\"");
        assertThat(none).contains("id=\"no-dropped\"").doesNotContain("data-reason=");
    }

    @Test
    void clickingAnEpisodeZoomsEveryChart() {
        Episode first = analysis.episodes().get(0);
        double endSec = Double.isFinite(first.endSec()) ? first.endSec() : first.onsetSec() + 300;
        browser.findElement(By.cssSelector("#episodes tbody tr[data-episode='1']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) browser.executeScript(
                "return lacrimaPlots[lacrimaPlots.length - 1].scales.x.max")).doubleValue() < analysis.durationSec() - 1
                || first.onsetSec() > 60);
        @SuppressWarnings("unchecked")
        List<List<Number>> ranges = (List<List<Number>>) browser.executeScript(
                "return lacrimaPlots.map(u => [u.scales.x.min, u.scales.x.max])");
        double expectedMin = Math.max(0, first.onsetSec() - 60);
        double expectedMax = Math.min(analysis.durationSec(), endSec + 60);
        for (List<Number> range : ranges) {
            assertThat(range.get(0).doubleValue()).isCloseTo(expectedMin, org.assertj.core.data.Offset.offset(0.5));
            assertThat(range.get(1).doubleValue()).isCloseTo(expectedMax, org.assertj.core.data.Offset.offset(0.5));
        }
        browser.findElement(By.cssSelector("[data-action='reset']")).click();
        assertThat(((Number) browser.executeScript("return lacrimaPlots[0].scales.x.max")).doubleValue())
                .isCloseTo(analysis.durationSec(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void zoomingInRedrawsTheRawSignalFromFinerDetailAcrossTheWholeWindow() {
        String raw = "lacrimaPlots.filter(u => u.lacrimaSpec.kind === 'raw')[0]";
        browser.findElement(By.cssSelector("[data-action='reset']")).click();
        double spacingBefore = analysis.durationSec()
                / ((Number) browser.executeScript("return " + raw + ".data[0].length")).doubleValue();
        // a 30-second window of calm, the minute before the first episode (no band or marker drawn over the trace there),
        // set as a drag-zoom on the first chart would
        double from = Math.floor(analysis.episodes().get(0).onsetSec() - 60);
        browser.executeScript("lacrimaPlots[0].setScale('x', {min: %s, max: %s})".formatted(from, from + 30));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) browser.executeScript(
                "return " + raw + ".data[0][0]")).doubleValue() > from - 100);
        double spacingAfter = 30 / ((Number) browser.executeScript("return " + raw + ".data[0].length")).doubleValue();
        assertThat(spacingAfter).isLessThan(spacingBefore / 5);
        Number inkedColumns = (Number) browser.executeScript("""
                var u = %s, b = u.bbox;
                var px = u.ctx.getImageData(b.left, b.top, b.width, b.height).data, inked = 0;
                // a column the trace crosses holds about a pixel's worth of its ink, shared between two rows where the
                // line runs level between them (anti-aliased): the dark pixels' opacity summed over the column
                for (var x = 0; x < b.width; x++) {
                  var ink = 0;
                  for (var y = 0; y < b.height; y++) {
                    var i = 4 * (y * b.width + x);
                    if (px[i] < 110 && px[i + 1] < 120 && px[i + 2] < 140) { ink += px[i + 3]; }
                  }
                  if (ink > 200) { inked++; }
                }
                return inked / b.width;""".formatted(raw));
        assertThat(inkedColumns.doubleValue()).as("share of the zoomed window the raw trace covers").isGreaterThan(0.9);
        browser.findElement(By.cssSelector("[data-action='reset']")).click();
    }

    @Test
    void printsToPdf() {
        Pdf pdf = browser.print(new PrintOptions());
        assertThat(pdf.getContent().length()).isGreaterThan(10_000);
    }

    @Test
    void textFromTheRecordingIsEscaped() {
        String html = new HtmlReportWriter().render((Recording) null, HandmadeSession.analysis(HandmadeSession.recording(1)));
        assertThat(html).contains("handmade &lt;session&gt;.edf").doesNotContain("<session>")
                .contains("Heart rate gap 250–260 s &lt;ECG noise&gt;.");
    }
}
