package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.store.TestDatabases.Kind;
import org.lacrima.app.testsupport.Axe;
import org.lacrima.app.testsupport.Browser;
import org.lacrima.app.testsupport.PageChecks;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A client's history in a real Chromium, on SQLite and PostgreSQL: sessions uploaded out of order are
 * listed and plotted by the day they were recorded (the clinician's date, else the file's start time,
 * else flagged unknown), a date is corrected in place, the charts give values on hover, and the page
 * fits a phone and a tablet without sideways scrolling.
 */
class ClientHistoryBrowserTest {
    @TempDir
    static Path dir;
    @RegisterExtension
    static final Browser chromium = new Browser();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sessionsAreFiledByRecordingDateAndThePageFitsEveryWidth(Kind kind) throws Exception {
        ChromeDriver browser = chromium.driver();
        try (ClinicServer server = TestServers.startOn(kind, dir, 8L << 20)) {
            String base = "http://127.0.0.1:" + server.port();
            chromium.startOver(PageChecks.DESKTOP);
            browser.get(base + "/index.html");
            chromium.await(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signup [name=email]")));
            checkPage("sign-in", kind);
            // The check itself can fail: faint grey text on white is found.
            browser.executeScript("document.querySelector('main').append(Object.assign(document.createElement('p'),"
                    + " { textContent: 'faint words', style: 'color:#c8c8c8' }));");
            assertThat(Axe.seriousViolations(browser)).anySatisfy(v -> assertThat(v).startsWith("color-contrast"));
            chromium.signUp(base, "dates-" + kind + "@example.org", "a long enough password");
            String clientUrl = chromium.addClient("DT-1");

            // Uploaded newest-known first: a simulated EDF whose header says 2026-01-05 10:00, no date typed;
            // a file that says nothing (its analysis fails), no date typed; an EDF the clinician dates 2025-12-01.
            // Its episode is interrupted by a calming intervention, stored in the file as an EDF+ annotation.
            Path fromFile = dir.resolve(kind + "-dated-by-file.edf");
            EdfWriter.write(SessionSimulator.simulate(SimulationConfig.defaults().withSeed(5).withDurationSec(12 * 60)
                    .withEpisodes(List.of(new EpisodeSpec(Outcome.RESOLVED, true)))).recording(), fromFile);
            chromium.upload(List.of(fromFile), "From the file", "", "", "");
            chromium.awaitAnalysisDone();
            browser.get(clientUrl);
            Path undated = dir.resolve(kind + "-undated.edf");
            Files.writeString(undated, "no header, so no start time");
            chromium.upload(List.of(undated), "Undated", "", "", "");
            browser.get(clientUrl);
            Path typed = SimulatedRecordings.write(dir, kind + "-typed.edf", 6, 12, Outcome.SUBSIDED);
            chromium.upload(List.of(typed), "Typed date", "2025-12-01", "", "");
            chromium.awaitAnalysisDone();
            browser.get(clientUrl);

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            // The undated file's job fails; once it has, the list is no longer redrawn under the test.
            chromium.await(60).until(d -> rows().size() == 3 && rows().get(2).getText().contains("date unknown")
                    && rows().get(2).getText().contains("analysis failed"));
            assertThat(rows()).extracting(r -> r.findElement(By.cssSelector("td:nth-child(3)")).getText())
                    .containsExactly("Typed date", "From the file", "Undated");
            assertThat(rows()).extracting(r -> r.getAttribute("data-date"), r -> r.getAttribute("data-source"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-12-01", "clinician"),
                            org.assertj.core.groups.Tuple.tuple("2026-01-05", "recording"),
                            org.assertj.core.groups.Tuple.tuple(today, "unknown"));
            assertThat(rows().get(1).findElement(By.cssSelector(".date-shown")).getText()).isEqualTo("2026-01-05 10:00");
            assertThat(rows().get(1).getText()).contains("from the recording");

            // Hovering the outcome chart names the session under the pointer and its counts.
            WebElement over = browser.findElement(By.cssSelector("#chart-outcomes .u-over"));
            new Actions(browser).moveToElement(over, -over.getSize().getWidth() / 2 + 5, 0).perform();
            chromium.await(10).until(d -> d.findElement(By.cssSelector("#chart-outcomes .u-legend")).getText()
                    .contains("2025-12-01 · Typed date"));
            assertThat(browser.findElement(By.cssSelector("#chart-outcomes .u-legend")).getText()).contains("subsided");

            // The clinician dates the undated session in place: it moves to the front and is no longer flagged.
            WebElement input = rows().get(2).findElement(By.cssSelector("input.date-edit"));
            browser.executeScript("arguments[0].value = '2025-11-20';"
                    + "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", input);
            chromium.await(30).until(d -> rows().get(0).getText().contains("Undated"));
            assertThat(rows().get(0).getAttribute("data-source")).isEqualTo("clinician");
            assertThat(browser.findElement(By.id("history")).getText()).doesNotContain("date unknown");
            assertThat(browser.getCurrentUrl()).isEqualTo(clientUrl);

            String sessionUrl = browser.findElement(By.linkText("From the file")).getAttribute("href");
            for (int width : List.of(PageChecks.PHONE, PageChecks.TABLET, PageChecks.DESKTOP)) {
                PageChecks.width(browser, width);
                browser.get(base + "/clients.html");
                chromium.await(30).until(ExpectedConditions.elementToBeClickable(By.linkText("DT-1")));
                checkPage("clients", kind);
                browser.get(clientUrl);
                chromium.await(30).until(d -> rows().size() == 3
                        && !d.findElements(By.cssSelector("#chart-distress canvas")).isEmpty());
                assertThat(PageChecks.horizontalOverflow(browser)).as("sideways scroll at %d px", width).isZero();
                checkPage("client", kind);
                browser.get(sessionUrl);
                chromium.await(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("episodes")));
                checkPage("session", kind);
            }
            // The session page says which baseline its numbers rest on and how good each channel was.
            assertThat(browser.findElement(By.id("baseline-used")).getText()).matches("(?s)Baseline: \\d+:\\d\\d–\\d+:\\d\\d .*");
            assertThat(browser.findElements(By.cssSelector("#channel-quality tbody tr"))).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getText()).containsPattern("(\\d+ % usable|–)"));
            // Events the file brought are listed; editing one makes it a marked event, drawn at once.
            WebElement fileEvent = chromium.await(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#events .file-event")));
            assertThat(fileEvent.getText()).contains("from the file").containsIgnoringCase("calm");
            WebElement oldChart = browser.findElement(By.cssSelector("#charts .chart"));
            fileEvent.findElement(By.tagName("button")).click();
            WebElement label = browser.findElement(By.cssSelector("#event-form [name=label]"));
            assertThat(label.getAttribute("value")).containsIgnoringCase("calm");
            label.sendKeys(" (edited)");
            browser.findElement(By.id("event-save")).click();
            chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#events .marked-event"), "(edited)"));
            chromium.await(30).until(ExpectedConditions.stalenessOf(oldChart));
            assertThat(browser.findElements(By.cssSelector("#events .file-event"))).isEmpty();
            // Hovering a signal chart reads out the time into the session and the value with its unit.
            WebElement first = browser.findElement(By.cssSelector("#charts .chart"));
            new Actions(browser).moveToElement(first.findElement(By.cssSelector(".u-over"))).perform();
            chromium.await(10).until(d -> first.findElements(By.cssSelector(".u-legend .u-value")).size() == 2
                    && first.findElements(By.cssSelector(".u-legend .u-value")).get(1).getText().matches("-?\\d+\\.\\d\\d.*"));
            assertThat(first.findElements(By.cssSelector(".u-legend .u-value")).get(0).getText()).matches("\\d+:\\d\\d");
            PageChecks.width(browser, PageChecks.DESKTOP);
        }
    }

    /** No serious or critical accessibility violation; a screenshot (once, on SQLite) for reviewers. */
    private static void checkPage(String name, Kind kind) {
        ChromeDriver browser = chromium.driver();
        assertThat(Axe.seriousViolations(browser)).as("axe on the %s page", name).isEmpty();
        if (kind == Kind.SQLITE) {
            PageChecks.screenshot(browser, name);
        }
    }

    private static List<WebElement> rows() {
        return chromium.driver().findElements(By.cssSelector("#history tbody tr"));
    }




}
