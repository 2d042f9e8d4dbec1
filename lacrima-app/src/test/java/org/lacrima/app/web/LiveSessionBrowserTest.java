package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.testsupport.Axe;
import org.lacrima.app.testsupport.Browser;
import org.lacrima.app.testsupport.PageChecks;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.edf.EdfWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The live session in a real Chromium: the clinician starts it on the client page, {@code lacrima
 * stream} replays a simulated session (a release, a build-up that stays high, one cut short by an
 * intervention) at 30x; the page shows the phases in order and the episodes with their outcomes; marks
 * and dim mode work by key; the page fits a 390 px phone and a 768 px tablet; ending stores the session,
 * whose analysis equals the file analysis of the source.
 */
class LiveSessionBrowserTest {
    private static final double TIME_TOLERANCE_SEC = 2;

    @TempDir
    static Path dir;
    private static ClinicServer server;
    private static Browser chromium;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(dir.resolve("data"), null, 64L << 20);
        base = "http://127.0.0.1:" + server.port();
        chromium = new Browser();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    @Test
    void aReplayedSessionShowsPhasesAndEpisodesLiveAndIsStoredWithTheFileAnalysis() throws Exception {
        Path source = dir.resolve("live-source.edf");
        EdfWriter.write(SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(45 * 60).withSeed(5)
                .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.SUSTAINED),
                        new EpisodeSpec(Outcome.SUBSIDED, true)))).recording(), source);
        SessionAnalysis fileAnalysis = new SessionAnalyzer()
                .analyze(RecordingReaders.read(source, ReadOptions.defaults()).recording());
        List<Episode> fileEpisodes = fileAnalysis.episodes();
        assertThat(fileEpisodes).extracting(Episode::outcome).contains(Outcome.RESOLVED, Outcome.SUSTAINED);
        assertThat(fileEpisodes).anyMatch(Episode::interrupted);

        chromium.signUp(base, "live-browser@example.org", LiveStreams.PASSWORD);
        chromium.type(By.cssSelector("#new-client [name=code]"), "LIVE-1");
        browser.findElement(By.cssSelector("#new-client button")).click();
        chromium.await(30).until(ExpectedConditions.elementToBeClickable(By.linkText("LIVE-1"))).click();
        chromium.await(30).until(ExpectedConditions.elementToBeClickable(By.id("start-live"))).click();
        chromium.await(30).until(ExpectedConditions.urlContains("/live.html?id="));
        String liveId = browser.getCurrentUrl().replaceAll(".*id=", "");
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("client-code"), "LIVE-1"));
        assertThat(browser.findElement(By.id("replay-command")).getText()).contains("--session " + liveId);
        String token = browser.manage().getCookieNamed("lacrima_session").getValue();

        CompletableFuture<LiveStreams.CliResult> run = CompletableFuture.supplyAsync(() -> LiveStreams.stream(
                source.toString(), "--to", base, "--session", liveId, "--speed", "30", "--token", token));
        chromium.await(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-status"), "ECG"));
        chromium.await(120).until(ExpectedConditions.textToBePresentInElementLocated(By.id("phase"), "calm"));
        // S and P are shown against the stretch the file analysis takes as its baseline, once found in the first
        // 8 minutes
        Baseline fileBaseline = fileAnalysis.baseline();
        chromium.await(120).until(ExpectedConditions.textToBePresentInElementLocated(By.id("baseline"),
                "baseline " + clock(fileBaseline.startSec()) + "–" + clock(fileBaseline.endSec())));
        assertThat(browser.findElement(By.id("baseline")).getText()).doesNotContain("provisional");
        // every channel streams: no sensor is reported silent
        assertThat(browser.findElement(By.id("silent")).isDisplayed()).isFalse();
        // One-key marks (stamped at the key press), not interventions, so the analysis stays the file's.
        body().sendKeys("t");
        chromium.await(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("marks"), "tears at"));
        body().sendKeys("n");
        chromium.type(By.cssSelector("#note-form [name=text]"), "client speaks of her father\n");
        chromium.await(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("marks"), "note: client speaks"));
        body().sendKeys("d");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("dim");
        body().sendKeys("d");

        LiveStreams.CliResult r = run.get(10, TimeUnit.MINUTES);
        assertThat(r.exit()).as(r.err()).isZero();
        // Every episode but possibly the last (settled only when the stream ends) is shown with the file's outcome.
        chromium.await(60).until(d -> shownOutcomes().size() >= fileEpisodes.size() - 1);
        List<String> shown = shownOutcomes();
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i)).as("episode %d on the page", i).isEqualTo(fileEpisodes.get(i).outcome().jsonName());
        }
        assertThat(browser.findElement(By.id("episodes")).getText()).contains("interrupted");
        assertPhasesInOrder(browser.findElement(By.id("phases")).getText());
        // The trend's numbers as a table, opened by keyboard (and axe-checked open below).
        browser.findElement(By.id("trend-data-toggle")).sendKeys(Keys.ENTER);
        chromium.await(30).until(d -> !d.findElements(By.cssSelector("#trend-data tbody tr")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#trend-data caption")).getText()).contains("heart rate");
        for (int width : List.of(PageChecks.PHONE, PageChecks.TABLET, PageChecks.DESKTOP)) {
            assertFits(width);
        }

        browser.findElement(By.id("end")).click();
        chromium.await(10).until(ExpectedConditions.alertIsPresent()).accept();
        chromium.await(120).until(ExpectedConditions.urlContains("/session.html?id="));
        String sessionId = browser.getCurrentUrl().replaceAll(".*id=", "");

        ApiClient api = new ApiClient(server.port()).signIn("live-browser@example.org");
        JsonNode detail = api.get("/api/sessions/" + sessionId).json();
        api.awaitJob(detail.get("jobs").get(0).get("id").asText(), Duration.ofMinutes(5));
        JsonNode stored = api.get("/api/sessions/" + sessionId + "/analysis").json();
        JsonNode episodes = stored.get("episodes");
        assertThat(episodes.size()).isEqualTo(fileEpisodes.size());
        for (int i = 0; i < fileEpisodes.size(); i++) {
            Episode f = fileEpisodes.get(i);
            JsonNode s = episodes.get(i);
            assertThat(s.get("outcome").asText()).isEqualTo(f.outcome().jsonName());
            assertThat(s.get("interrupted").asBoolean()).isEqualTo(f.interrupted());
            assertThat(s.get("onsetSec").asDouble()).isCloseTo(f.onsetSec(), within(TIME_TOLERANCE_SEC));
            assertThat(s.get("peakSec").asDouble()).isCloseTo(f.peakSec(), within(TIME_TOLERANCE_SEC));
            assertThat(s.get("endSec").asDouble()).isCloseTo(f.endSec(), within(TIME_TOLERANCE_SEC));
        }
        assertThat(stored.get("events").toString()).contains("tears").contains("client speaks of her father");
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownOutcomes() {
        // Read in one script call: the list is redrawn with every update, so element handles go stale.
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'#episodes li[data-outcome]')].map(li => li.dataset.outcome);");
    }

    /**
     * Finding the baseline first (this session's first build-up may already be under way when the baseline is found),
     * calm at some point; a build-up is followed by its top (peak, releasing or staying high).
     */
    private static void assertPhasesInOrder(String phases) {
        List<String> words = List.of(phases.replaceAll("[0-9:]", "").split("\\s*→\\s*")).stream()
                .map(String::strip).toList();
        assertThat(words.get(0)).isEqualTo("finding baseline");
        assertThat(words).contains("calm");
        int building = words.indexOf("building");
        assertThat(building).as(phases).isPositive();
        assertThat(words.subList(building, words.size())).as(phases)
                .containsAnyOf("peak", "releasing", "staying high");
        assertThat(words).as(phases).contains("staying high", "releasing");
    }

    /** No sideways scroll, the phase and the marks in view, no serious accessibility violation; a screenshot. */
    private static void assertFits(int width) {
        PageChecks.width(browser, width);
        assertThat(PageChecks.horizontalOverflow(browser)).as("horizontal overflow at %d px", width).isZero();
        assertThat(browser.findElement(By.id("phase")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-mark=tears]")).isDisplayed()).isTrue();
        assertThat(Axe.seriousViolations(browser)).as("axe on the live page at %d px", width).isEmpty();
        PageChecks.screenshot(browser, "live-streaming");
    }

    private static WebElement body() {
        return browser.findElement(By.tagName("body"));
    }




    /** Seconds as the page's clock shows them under an hour: m:ss. */
    private static String clock(double sec) {
        long s = Math.round(sec);
        return String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
