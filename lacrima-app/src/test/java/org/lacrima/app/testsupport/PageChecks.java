package org.lacrima.app.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Layout checks and screenshots of a page in the test browser, at the widths a clinician uses. */
public final class PageChecks {
    /** A phone held upright, a tablet, and a desktop window. */
    public static final int PHONE = 390;
    public static final int TABLET = 768;
    public static final int DESKTOP = 1440;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Longest wait for the layout to settle after a resize, milliseconds. */
    private static final long SETTLE_MS = 3000;

    private PageChecks() {
    }

    /** Sets the browser's viewport width (and a fixed height), as a person turning to that device would. */
    public static void width(ChromeDriver browser, int px) {
        browser.manage().window().setSize(new Dimension(px, px == PHONE ? 844 : 1000));
    }

    /**
     * How many CSS pixels the page is wider than its viewport (0 when nothing scrolls sideways), once the layout has
     * settled: after {@link #width} the page's own resize listeners (the live trend's chart redraws its canvas at the new
     * width) run asynchronously, and on a loaded machine a measurement right after the resize caught the chart still at
     * the old width. Polls for up to {@value #SETTLE_MS} ms and returns the last overflow measured.
     */
    public static long horizontalOverflow(ChromeDriver browser) {
        long deadline = System.nanoTime() + SETTLE_MS * 1_000_000L;
        while (true) {
            long overflow = ((Number) browser.executeScript("return Math.max(0, document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth);")).longValue();
            if (overflow == 0 || System.nanoTime() > deadline) {
                return overflow;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return overflow;
            }
        }
    }

    /** Writes the whole page (not only the viewport) to target/screenshots/NAME-WIDTH.png. */
    public static Path screenshot(ChromeDriver browser, String name) {
        Dimension before = browser.manage().window().getSize();
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, Math.max(height, 400))));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + "-" + before.getWidth() + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
