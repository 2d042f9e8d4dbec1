package org.lacrima.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.testsupport.HeadlessChromium;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Recording;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The HTML report opened in a real headless Chromium from a file:// URL, with no network. */
class HtmlReportBrowserTest {
    private static final Pattern EXTERNAL_REFERENCE = Pattern.compile(
            "(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import");

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static SessionAnalysis analysis;
    static Path report;

    @BeforeAll
    static void openReport() throws Exception {
        Recording recording = HandmadeSession.recording(3);
        analysis = HandmadeSession.analysis(recording);
        report = dir.resolve("session.html");
        new HtmlReportWriter().write(recording, analysis, report);
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
        assertThat(canvases).extracting(c -> c.get("plot"))
                .contains("axes", "heart", "eda", "breathing", "raw-ECG I", "raw-EDA", "raw-Resp");
        for (Map<String, Object> c : canvases) {
            long pixels = ((Number) c.get("width")).longValue();
            assertThat(((Number) c.get("inked")).longValue()).as("inked pixels of " + c.get("plot"))
                    .isGreaterThan(pixels * 3);
        }
    }

    @Test
    void episodeTableMatchesTheAnalysis() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#episodes tbody tr[data-episode]"));
        assertThat(rows).hasSize(analysis.episodes().size());
        for (int i = 0; i < rows.size(); i++) {
            Episode e = analysis.episodes().get(i);
            WebElement row = rows.get(i);
            assertThat(Double.parseDouble(row.getAttribute("data-onset-sec"))).isEqualTo(e.onsetSec());
            assertThat(Double.parseDouble(row.getAttribute("data-peak-sec"))).isEqualTo(e.peakSec());
            assertThat(row.getAttribute("data-outcome")).isEqualTo(e.outcome().jsonName());
            assertThat(row.getAttribute("data-interrupted")).isEqualTo(Boolean.toString(e.interrupted()));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo(DisplayFormat.clock(e.onsetSec()));
            assertThat(cells.get(5).getText()).isEqualTo(e.outcome().jsonName());
            assertThat(cells.get(7).getText()).isEqualTo(DisplayFormat.percent(e.confidence()));
        }
        for (var outcome : org.lacrima.core.episode.Outcome.values()) {
            String count = browser.findElement(By.cssSelector("[data-outcome-count='" + outcome.jsonName() + "']")).getText();
            assertThat(Long.parseLong(count)).isEqualTo(analysis.episodes().stream().filter(e -> e.outcome() == outcome).count());
        }
    }

    @Test
    void clickingAnEpisodeZoomsEveryChartAndTheRawSignalShowsMoreDetail() {
        Number rawPointsBefore = (Number) browser.executeScript(
                "return lacrimaPlots.filter(u => u.lacrimaSpec.kind === 'raw')[0].data[0].length");
        Episode first = analysis.episodes().get(0);
        browser.findElement(By.cssSelector("#episodes tbody tr[data-episode='1']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) browser.executeScript(
                "return lacrimaPlots[lacrimaPlots.length - 1].scales.x.min")).doubleValue() > 1);
        @SuppressWarnings("unchecked")
        List<List<Number>> ranges = (List<List<Number>>) browser.executeScript(
                "return lacrimaPlots.map(u => [u.scales.x.min, u.scales.x.max])");
        for (List<Number> range : ranges) {
            assertThat(range.get(0).doubleValue()).isCloseTo(first.onsetSec() - 60, org.assertj.core.data.Offset.offset(0.5));
            assertThat(range.get(1).doubleValue()).isCloseTo(first.endSec() + 60, org.assertj.core.data.Offset.offset(0.5));
        }
        // the ECG over the zoomed window is redrawn from the embedded detail, not from the overview
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) browser.executeScript(
                "var u = lacrimaPlots.filter(u => u.lacrimaSpec.kind === 'raw')[0]; return u.data[0][0]")).doubleValue() > 100);
        double spacingBefore = HandmadeSession.DURATION_SEC / rawPointsBefore.doubleValue();
        Number rawPointsAfter = (Number) browser.executeScript(
                "return lacrimaPlots.filter(u => u.lacrimaSpec.kind === 'raw')[0].data[0].length");
        double spacingAfter = (first.endSec() - first.onsetSec() + 120) / rawPointsAfter.doubleValue();
        assertThat(spacingAfter).isLessThan(spacingBefore / 3);
        // ... and drawn across the whole zoomed window, not just the part the overview had in view
        Number inkedColumns = (Number) browser.executeScript("""
                var u = lacrimaPlots.filter(u => u.lacrimaSpec.kind === 'raw')[0], b = u.bbox;
                var px = u.ctx.getImageData(b.left, b.top, b.width, b.height).data, inked = 0;
                for (var x = 0; x < b.width; x++) {
                  for (var y = 0; y < b.height; y++) {
                    var i = 4 * (y * b.width + x);
                    if (px[i + 3] > 200 && px[i] < 110 && px[i + 1] < 120 && px[i + 2] < 140) { inked++; break; }
                  }
                }
                return inked / b.width;""");
        assertThat(inkedColumns.doubleValue()).isGreaterThan(0.9);
        browser.findElement(By.cssSelector("[data-action='reset']")).click();
        assertThat(((Number) browser.executeScript("return lacrimaPlots[0].scales.x.max")).doubleValue())
                .isCloseTo(HandmadeSession.DURATION_SEC, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void printsToPdf() {
        Pdf pdf = browser.print(new PrintOptions());
        assertThat(pdf.getContent().length()).isGreaterThan(10_000);
    }

    @Test
    void textFromTheRecordingIsEscaped() {
        assertThat(browser.findElement(By.cssSelector("header h1")).getText()).contains("handmade <session>.edf");
        assertThat(browser.findElements(By.tagName("session"))).isEmpty();
    }
}
