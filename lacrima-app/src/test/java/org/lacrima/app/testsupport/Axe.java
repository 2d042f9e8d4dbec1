package org.lacrima.app.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The axe-core accessibility check, run inside the real browser on the page it shows. No webjar of
 * axe-core resolves, so its npm package is installed once into target/axe (npm reaches only its registry).
 */
public final class Axe {
    private static final Path FOLDER = Path.of("target", "axe");
    private static final Path SCRIPT = FOLDER.resolve("node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    /**
     * The serious and critical WCAG 2.x A/AA violations on the current page, one line each
     * ("rule: n element(s): help; first target"); empty when there are none.
     */
    public static List<String> seriousViolations(ChromeDriver browser) {
        browser.executeScript(source());
        Object found = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.length + ' element(s): ' + v.help + '; ' + v.nodes[0].target.join(' '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                if (!Files.exists(SCRIPT)) {
                    install();
                }
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void install() throws IOException {
        Files.createDirectories(FOLDER);
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "axe-core@4.14")
                .directory(FOLDER.toFile()).redirectErrorStream(true)
                .redirectOutput(FOLDER.resolve("npm.log").toFile()).start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(SCRIPT)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install axe-core@4.14 into " + FOLDER.toAbsolutePath()
                        + " failed (see npm.log there); the accessibility check needs npm and the npm registry");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing axe-core", e);
        }
    }
}
