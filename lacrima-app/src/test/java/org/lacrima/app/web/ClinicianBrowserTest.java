package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.testsupport.Browser;
import org.lacrima.core.episode.Outcome;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinician's whole path in a real Chromium: sign up, add a client, upload a real and a simulated
 * recording, read the episodes, mark an event and re-run, read the history; then a second clinician
 * who can reach none of it, neither in the pages nor through the API from the same browser.
 */
class ClinicianBrowserTest {
    private static final Path DATA = Path.of(System.getProperty("lacrima.data.dir"));
    private static final long UPLOAD_LIMIT_BYTES = 8L << 20;

    @TempDir
    static Path dir;
    private static ClinicServer server;
    private static Browser chromium;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(dir.resolve("data"), null, UPLOAD_LIMIT_BYTES, TestServers.analyzer());
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
    void aClinicianFollowsClientsAcrossSessionsAndNoOtherClinicianCanSeeThem() throws Exception {
        Path simulated = SimulatedRecordings.write(dir, "simulated-session.edf", 21, 16, Outcome.RESOLVED);

        signUp("first@example.org");
        chromium.type(By.cssSelector("#new-client [name=code]"), "BR-1");
        browser.findElement(By.cssSelector("#new-client button")).click();
        WebElement clientLink = chromium.await(30).until(ExpectedConditions.elementToBeClickable(By.linkText("BR-1")));
        clientLink.click();
        chromium.await(30).until(ExpectedConditions.urlContains("/client.html"));
        String clientUrl = browser.getCurrentUrl();
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("code"), "BR-1"));
        chromium.type(By.cssSelector("#note-form [name=note]"), "referred in January");
        browser.findElement(By.cssSelector("#note-form button")).click();
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Note saved."));

        // A real recording from the shared data: a WFDB record is a header plus its signal file.
        chromium.upload(List.of(DATA.resolve("mitdb/100.hea"), DATA.resolve("mitdb/100.dat")), "Intake", "2026-01-05", "6", "6");
        awaitFinishedAnalysis();
        String realSessionUrl = browser.getCurrentUrl();

        browser.get(clientUrl);
        chromium.upload(List.of(simulated), "Week 2", "2026-01-12", "7", "3");
        awaitFinishedAnalysis();
        assertThat(browser.findElements(By.cssSelector("#charts canvas"))).isNotEmpty();
        List<WebElement> episodes = browser.findElements(By.cssSelector("#episodes tbody tr"));
        assertThat(episodes).isNotEmpty();
        assertThat(browser.findElement(By.id("episodes")).getText()).containsAnyOf("resolved", "subsided", "sustained");
        String simulatedSessionUrl = browser.getCurrentUrl();

        // Mark an intervention and re-run the analysis.
        chromium.type(By.cssSelector("#event-form [name=onset]"), "4:00");
        new Select(browser.findElement(By.cssSelector("#event-form [name=kind]"))).selectByValue("intervention");
        chromium.type(By.cssSelector("#event-form [name=label]"), "grounding exercise");
        browser.findElement(By.id("event-save")).click();
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("events"), "grounding exercise"));
        browser.findElement(By.id("rerun-button")).click();
        chromium.await(30).until(d -> d.findElements(By.cssSelector("#jobs tbody tr")).size() == 2);
        chromium.await(120).until(d -> d.findElements(By.cssSelector("#jobs tbody .badge.done")).size() == 2);

        // A file that is not what it claims: the upload is kept, its job fails with a reason on the page.
        Path broken = dir.resolve("broken.edf");
        java.nio.file.Files.writeString(broken, "this is not an EDF file");
        browser.get(clientUrl);
        chromium.upload(List.of(broken), "Broken", "2026-01-19", "5", "5");
        WebElement reason = chromium.await(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("job-error")));
        assertThat(reason.getText()).contains("broken.edf");
        // A file over the limit is refused on the page before anything is sent, and the refusal stays in
        // the client's list as a failed job with its reason.
        Path huge = dir.resolve("huge.edf");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(UPLOAD_LIMIT_BYTES + 1);
        }
        browser.get(clientUrl);
        chromium.await(30).until(d -> d.findElements(By.cssSelector("#history tbody tr")).size() == 3);
        chromium.await(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload [name=recording]")))
                .sendKeys(huge.toString());
        browser.findElement(By.id("upload-button")).click();
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "upload limit is 8 MB"));
        assertThat(browser.getCurrentUrl()).isEqualTo(clientUrl);
        chromium.await(30).until(d -> d.findElements(By.cssSelector("#history tbody tr")).size() == 4);
        WebElement refused = browser.findElements(By.cssSelector("#history tbody tr")).stream()
                .filter(row -> row.getText().contains("huge.edf")).findFirst().orElseThrow();
        assertThat(refused.findElement(By.cssSelector(".badge.failed")).getText()).isEqualTo("analysis failed");
        assertThat(refused.findElement(By.cssSelector(".job-reason")).getText())
                .isEqualTo("huge.edf: 8.1 MB is larger than the limit of 8 MB; nothing was stored");

        // The client's history: the sessions, a table and charts.
        assertThat(browser.findElement(By.cssSelector("#note-form [name=note]")).getAttribute("value"))
                .isEqualTo("referred in January");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Intake").contains("Week 2")
                .contains("7 → 3").contains("analysis failed");
        assertThat(browser.findElements(By.cssSelector("#chart-outcomes canvas, #chart-distress canvas"))).hasSize(2);

        // A second clinician sees nothing of it, by link or by the API from the same browser.
        browser.findElement(By.id("signout")).click();
        chromium.await(30).until(ExpectedConditions.urlContains("/index.html"));
        signUp("second@example.org");
        chromium.await(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
        assertThat(browser.findElement(By.id("clients")).getText()).doesNotContain("BR-1");
        for (String url : List.of(clientUrl, realSessionUrl, simulatedSessionUrl)) {
            browser.get(url);
            chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "no such"));
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("BR-1", "Week 2", "Intake", "referred in January");
        }
        String sessionId = simulatedSessionUrl.substring(simulatedSessionUrl.indexOf("id=") + 3);
        Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all(['/api/sessions/" + sessionId + "', '/api/sessions/" + sessionId + "/analysis', "
                + "'/api/clients/" + clientUrl.substring(clientUrl.indexOf("id=") + 3) + "/history']"
                + ".map(u => fetch(u).then(r => r.status))).then(s => done(s.join(',')));");
        assertThat(status).isEqualTo("404,404,404");

        // The first clinician exports the client's data, then deletes the client with everything in it.
        browser.findElement(By.id("signout")).click();
        chromium.await(30).until(ExpectedConditions.urlContains("/index.html"));
        chromium.signIn(base, "first@example.org", "a long enough password");
        browser.get(clientUrl);
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("code"), "BR-1"));
        String exportHref = browser.findElement(By.id("export-link")).getAttribute("href");
        Object exported = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob().then(b => done(r.status + ' ' + b.type + ' ' + b.size)));",
                exportHref);
        // The whole zip: every upload of the client (the WFDB record alone is 1.9 MB) plus the JSON.
        assertThat(exported.toString()).startsWith("200 application/zip ");
        assertThat(Long.parseLong(exported.toString().substring("200 application/zip ".length())))
                .isGreaterThan(java.nio.file.Files.size(DATA.resolve("mitdb/100.dat")));
        browser.findElement(By.id("delete-client")).click();
        chromium.await(10).until(ExpectedConditions.alertIsPresent()).accept();
        chromium.await(30).until(ExpectedConditions.urlContains("/clients.html"));
        chromium.await(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    }

    private void signUp(String email) {
        chromium.signUp(base, email, "a long enough password");
        chromium.await(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), email));
    }


    /** Waits until the session page shows the finished analysis (charts or a failure message). */
    private void awaitFinishedAnalysis() {
        chromium.await(120).until(d -> !d.findElements(By.cssSelector("#status .badge.done")).isEmpty()
                || !d.findElements(By.id("job-error")).isEmpty());
        assertThat(browser.findElements(By.id("job-error"))).as("analysis failed: %s",
                browser.findElement(By.id("status")).getText()).isEmpty();
        chromium.await(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("episodes")));
    }


}
