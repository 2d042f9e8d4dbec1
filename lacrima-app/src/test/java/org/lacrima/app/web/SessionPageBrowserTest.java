package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.store.TestDatabases.Kind;
import org.lacrima.app.testsupport.Axe;
import org.lacrima.app.testsupport.Browser;
import org.lacrima.app.testsupport.PageChecks;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The session page in a real Chromium, on SQLite and PostgreSQL, as a therapist reads it: a clean
 * console on the sign-in page; the episodes in four plain columns with the rest behind "Details" (by
 * keyboard), the outcome glossary and "times the baseline spread"; the report's colours; the raw
 * signals with detected beats once zoomed; the session's HRV; a table behind every chart; a PDF of
 * the page with the episode table. Every page (sign-in, clients, client, session, live) fits 390 px
 * without sideways scrolling, passes axe-core, and is photographed at 390 and 1440 px.
 */
class SessionPageBrowserTest {
    private static final String PASSWORD = "a long enough password";
    /** A4 width inside 10 mm margins, in CSS pixels (96 per inch). */
    private static final int A4_CONTENT_PX = 718;

    @TempDir
    static Path dir;
    @RegisterExtension
    static final Browser chromium = new Browser();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSessionPageSpeaksPlainlyPrintsAndFitsEveryScreen(Kind kind) throws Exception {
        ChromeDriver browser = chromium.driver();
        try (ClinicServer server = TestServers.startOn(kind, dir, 16L << 20)) {
            String base = "http://127.0.0.1:" + server.port();
            chromium.startOver(PageChecks.DESKTOP);
            chromium.consoleProblems();

            // Sign-in: no 401 probe, no missing favicon, nothing else in the console.
            browser.get(base + "/index.html");
            chromium.await(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signup [name=email]")));
            chromium.await(30).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/api/signin').then(() => done(), () => done());");
            assertThat(chromium.consoleProblems()).as("console on the sign-in page").isEmpty();
            atBothWidths("sign-in", kind, () -> { });

            chromium.signUp(base, "session-" + kind + "@example.org", PASSWORD);
            String clientUrl = chromium.addClient("SP-1");
            // A resolved release and a build-up cut short by a calming intervention stored in the file.
            Path recording = dir.resolve(kind + "-session.edf");
            EdfWriter.write(SessionSimulator.simulate(SimulationConfig.defaults().withSeed(11).withDurationSec(16 * 60)
                    .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED), new EpisodeSpec(Outcome.SUBSIDED, true))))
                    .recording(), recording);
            chromium.upload(List.of(recording), "Week 3", "2026-02-02", "7", "4");
            chromium.awaitAnalysisDone();
            String sessionUrl = browser.getCurrentUrl();
            chromium.await(60).until(d -> !d.findElements(By.cssSelector("#episodes tr.episode")).isEmpty());

            // Four plain columns and a details button; every number says its unit.
            assertThat(browser.findElements(By.cssSelector("#episodes thead th"))).extracting(WebElement::getText)
                    .startsWith("#", "How it ended", "Started at", "Build-up lasted", "Peak arousal", "Vagal rebound");
            WebElement first = browser.findElement(By.cssSelector("#episodes tr.episode"));
            assertThat(first.findElement(By.cssSelector(".outcome-sentence")).getText()).endsWith(".").hasSizeGreaterThan(40);
            assertThat(first.findElement(By.cssSelector("td[data-label='Peak arousal']")).getText()).contains("× baseline spread");
            assertThat(first.findElement(By.cssSelector("td[data-label='Build-up lasted']")).getText()).matches("\\d+ (s|min).*");
            // The glossary, in the report's words and colours.
            assertThat(browser.findElements(By.cssSelector("#glossary dl dt .badge"))).extracting(WebElement::getText)
                    .containsExactly("resolved", "sustained", "subsided");
            assertThat(browser.findElement(By.id("spread-explained")).getText()).contains("times the baseline spread");
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('#glossary .badge.resolved'))"
                    + ".backgroundColor")).isEqualTo("rgb(19, 122, 92)");

            // The rises the detector followed and turned down, one line each, as the stored analysis lists them.
            Number droppedInDocument = (Number) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/api/sessions/' + new URLSearchParams(location.search).get('id') + '/analysis')"
                    + ".then(r => r.json()).then(d => done(d.droppedCandidates.length), () => done(-1));");
            assertThat(droppedInDocument.intValue()).isNotNegative();
            assertThat(browser.findElements(By.cssSelector("#dropped li"))).hasSize(droppedInDocument.intValue());
            assertThat(browser.findElement(By.id("dropped")).getAttribute("class").contains("hidden"))
                    .isEqualTo(droppedInDocument.intValue() == 0);

            // Details and zoom by keyboard alone.
            WebElement details = first.findElement(By.cssSelector("button.details-toggle"));
            details.sendKeys(Keys.ENTER);
            WebElement detailRow = browser.findElement(By.id(details.getAttribute("aria-controls")));
            chromium.await(10).until(d -> detailRow.isDisplayed());
            assertThat(details.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(detailRow.getText()).contains("Excess gone 60 s after the peak").contains("Confidence").containsPattern("\\d+ %");
            // every metric of the one definition, in its order, so a metric added there cannot go missing here
            assertThat(detailRow.findElements(By.cssSelector("dd[data-metric]"))).extracting(d -> d.getAttribute("data-metric"))
                    .containsExactly(Arrays.stream(EpisodeMetric.values()).map(EpisodeMetric::key).toArray(String[]::new));

            // The session's HRV in the time and the frequency domain.
            chromium.await(120).until(d -> d.findElements(By.cssSelector("#hrv-table tbody tr")).size() == 8);
            assertThat(browser.findElement(By.cssSelector("#hrv-table [data-measure=rmssdMs] td")).getText()).matches("\\d+(\\.\\d)? ms");
            assertThat(browser.findElement(By.cssSelector("#hrv-table [data-measure=hfPowerMs2] td")).getText()).matches("\\d+ ms²");
            assertThat(browser.findElement(By.cssSelector("#hrv-table [data-measure=lfHfRatio] td")).getText()).matches("\\d+\\.\\d\\d ratio");

            // Raw signals: the whole session at first; zoomed to an episode, its beats are marked.
            chromium.await(120).withMessage(() -> "no raw signals; status: " + browser.findElement(By.id("raw-status")).getText()
                    + "; console: " + chromium.consoleProblems())
                    .until(d -> !d.findElements(By.cssSelector("#raw .chart.raw[data-trace] canvas")).isEmpty());
            String wholeWindow = browser.findElement(By.id("raw")).getAttribute("data-window-sec");
            first.findElement(By.xpath(".//button[contains(., 'Show on the charts')]")).sendKeys(Keys.ENTER);
            chromium.await(30).withMessage(() -> "raw window still " + wholeWindow + " s; status: "
                    + browser.findElement(By.id("raw-status")).getText() + "; console: " + chromium.consoleProblems())
                    .until(d -> !wholeWindow.equals(d.findElement(By.id("raw")).getAttribute("data-window-sec")));
            assertThat(Double.parseDouble(browser.findElement(By.id("raw")).getAttribute("data-window-sec")))
                    .isLessThan(Double.parseDouble(wholeWindow));
            WebElement ecg = browser.findElements(By.cssSelector("#raw .chart.raw")).stream()
                    .filter(c -> c.getText().contains("ECG")).findFirst().orElseThrow();
            assertThat(Integer.parseInt(ecg.getAttribute("data-marks-in-view"))).isGreaterThan(50);
            browser.findElement(By.id("zoom-reset")).sendKeys(Keys.ENTER);

            // Hovering a chart reads out time and value with its unit.
            WebElement chart = browser.findElement(By.cssSelector("#charts .chart"));
            new Actions(browser).moveToElement(chart.findElement(By.cssSelector(".u-over"))).perform();
            chromium.await(10).until(d -> chart.findElements(By.cssSelector(".u-legend .u-value")).get(1).getText()
                    .matches("-?\\d+\\.\\d\\d .+"));

            // Behind every chart, a keyboard-reachable table with a caption.
            List<WebElement> charts = browser.findElements(By.cssSelector("#charts .chart, #raw .chart"));
            List<WebElement> toggles = browser.findElements(By.cssSelector("#charts .data-toggle, #raw .data-toggle"));
            assertThat(toggles).hasSameSizeAs(charts).isNotEmpty();
            WebElement toggle = toggles.get(0);
            toggle.sendKeys(Keys.ENTER);
            WebElement table = browser.findElement(By.id(toggle.getAttribute("aria-controls")));
            chromium.await(10).until(d -> table.isDisplayed());
            assertThat(table.findElement(By.tagName("caption")).getText()).isNotBlank();
            assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeBetween(2, 120);
            toggle.sendKeys(Keys.ENTER);

            // Paper: at the width of an A4 page nothing sticks out and the navigation is gone; the PDF has the episodes.
            printLayoutFits();
            String text = printedText();
            assertThat(text).contains("Episodes: build-ups and how they ended", "How it ended", "Peak arousal",
                    "What the outcomes mean", "Heart rate variability").containsAnyOf("resolved", "subsided")
                    .doesNotContain("Sign out", "Re-run the analysis");

            // Every page at a phone's and a desktop's width.
            browser.get(base + "/clients.html");
            atBothWidths("clients", kind, () -> chromium.await(30).until(ExpectedConditions.elementToBeClickable(By.linkText("SP-1"))));
            browser.get(clientUrl);
            atBothWidths("client", kind, () -> chromium.await(30).until(d -> !d.findElements(By.cssSelector("#chart-distress canvas")).isEmpty()));
            browser.get(sessionUrl);
            atBothWidths("session", kind, () -> chromium.await(120).until(d ->
                    !d.findElements(By.cssSelector("#raw .chart.raw canvas")).isEmpty()
                            && d.findElements(By.cssSelector("#hrv-table tbody tr")).size() == 8));
            browser.get(clientUrl);
            chromium.await(30).until(ExpectedConditions.elementToBeClickable(By.id("start-live"))).click();
            chromium.await(30).until(ExpectedConditions.urlContains("/live.html?id="));
            atBothWidths("live", kind, () -> chromium.await(30).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("client-code"), "SP-1")));
            PageChecks.width(browser, PageChecks.DESKTOP);
        }
    }

    /** At 390 and 1440 px: loaded ({@code ready}), no sideways scroll once redrawn, no serious axe finding, a screenshot (SQLite run). */
    private static void atBothWidths(String page, Kind kind, Runnable ready) {
        ChromeDriver browser = chromium.driver();
        for (int width : List.of(PageChecks.PHONE, PageChecks.DESKTOP)) {
            PageChecks.width(browser, width);
            ready.run();
            // Charts redraw at the new width a moment after the window changes size.
            chromium.await(15).withMessage(() -> "sideways scroll on the " + page + " page at " + width + " px: "
                    + PageChecks.horizontalOverflow(browser) + " px; " + browser.executeScript("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll, thead'))"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)).join(', ')"))
                    .until(d -> PageChecks.horizontalOverflow(browser) == 0);
            assertThat(Axe.seriousViolations(browser)).as("axe on the %s page at %d px", page, width).isEmpty();
            if (kind == Kind.SQLITE) {
                PageChecks.screenshot(browser, page);
            }
        }
    }

    /** Print media at the width of A4: no header, no buttons, and nothing wider than the page. */
    private static void printLayoutFits() {
        ChromeDriver browser = chromium.driver();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(A4_CONTENT_PX, 1000));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.executeScript("window.dispatchEvent(new Event('beforeprint'));");
            assertThat(browser.findElement(By.tagName("header")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("episodes")).isDisplayed()).isTrue();
            Number widest = (Number) browser.executeScript("return Math.max(...[...document.querySelectorAll("
                    + "'#episodes, #charts canvas, #raw canvas, #hrv-table')].map(e => e.getBoundingClientRect().right));");
            assertThat(widest.doubleValue()).as("right edge of tables and charts in print").isLessThanOrEqualTo(A4_CONTENT_PX);
        } finally {
            browser.executeScript("window.dispatchEvent(new Event('afterprint'));");
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            PageChecks.width(browser, PageChecks.DESKTOP);
        }
    }

    /** Chromium's own print-to-PDF of the page on A4, read back as text. */
    private static String printedText() throws Exception {
        ChromeDriver browser = chromium.driver();
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 30);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(3f));
            return new PDFTextStripper().getText(doc);
        }
    }
}
