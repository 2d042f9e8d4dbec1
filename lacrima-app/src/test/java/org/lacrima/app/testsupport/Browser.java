package org.lacrima.app.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium with what every browser test of the app does with it: explicit waits that
 * read a redrawn element again, typing into a field, signing up, adding a client, uploading, and
 * reading the console. Waits, never fixed sleeps, so the tests hold on a loaded machine.
 *
 * <p>Chromium starts on first use. A test class that shares one for all its tests registers it as an
 * extension, which closes it after the class: {@code @RegisterExtension static final Browser chromium = new Browser();}
 */
public final class Browser implements AutoCloseable, AfterAllCallback {
    private ChromeDriver driver;

    /** The running Chromium, started on the first call. */
    public synchronized ChromeDriver driver() {
        if (driver == null) {
            driver = HeadlessChromium.start();
        }
        return driver;
    }

    /** Signed out (no cookies) and at {@code widthPx}: where each run of a test starts. */
    public void startOver(int widthPx) {
        PageChecks.width(driver(), widthPx);
        driver().manage().deleteAllCookies();
    }

    /** A wait of up to {@code seconds}; an element read mid-redraw is simply read again. */
    public WebDriverWait await(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Replaces the text of the visible field {@code by}. */
    public WebElement type(By by, String text) {
        WebElement e = await(30).until(ExpectedConditions.visibilityOfElementLocated(by));
        e.clear();
        e.sendKeys(text);
        return e;
    }

    /** Creates an account on the sign-in page of {@code base} and waits for the client list. */
    public void signUp(String base, String email, String password) {
        driver().get(base + "/index.html");
        type(By.cssSelector("#signup [name=email]"), email);
        type(By.cssSelector("#signup [name=password]"), password);
        driver().findElement(By.cssSelector("#signup button")).click();
        await(30).until(ExpectedConditions.urlContains("/clients.html"));
    }

    /** Signs in on the sign-in page of {@code base} and waits for the client list. */
    public void signIn(String base, String email, String password) {
        driver().get(base + "/index.html");
        type(By.cssSelector("#signin [name=email]"), email);
        type(By.cssSelector("#signin [name=password]"), password);
        driver().findElement(By.cssSelector("#signin button")).click();
        await(30).until(ExpectedConditions.urlContains("/clients.html"));
    }

    /** Adds a client on the client list page, opens its page and returns that page's address. */
    public String addClient(String code) {
        type(By.cssSelector("#new-client [name=code]"), code);
        driver().findElement(By.cssSelector("#new-client button")).click();
        await(30).until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
        await(30).until(ExpectedConditions.urlContains("/client.html"));
        return driver().getCurrentUrl();
    }

    /**
     * Uploads {@code files} as one session from the client page, with a title, a recording date
     * ("" for the recording's own) and the distress ratings ("" to leave one empty), and waits for the
     * session page it opens.
     */
    public void upload(List<Path> files, String title, String date, String distressBefore, String distressAfter) {
        await(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload [name=recording]")))
                .sendKeys(String.join("\n", files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        type(By.cssSelector("#upload [name=title]"), title);
        driver().executeScript("document.querySelector('#upload [name=recordedOn]').value = arguments[0];", date);
        if (!distressBefore.isEmpty()) {
            type(By.cssSelector("#upload [name=distressBefore]"), distressBefore);
        }
        if (!distressAfter.isEmpty()) {
            type(By.cssSelector("#upload [name=distressAfter]"), distressAfter);
        }
        driver().findElement(By.id("upload-button")).click();
        await(60).until(ExpectedConditions.urlContains("/session.html"));
    }

    /** Waits until the session page shows its latest analysis as done. */
    public void awaitAnalysisDone() {
        await(120).until(d -> !d.findElements(By.cssSelector("#status .badge.done")).isEmpty());
    }

    /** The console's errors and warnings since the last call (failed requests show here as errors). */
    public List<String> consoleProblems() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public synchronized void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
