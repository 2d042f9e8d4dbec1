package org.lacrima.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The static parts of the report, read from the classpath once: uPlot's script and style from its
 * webjar, the style shared with the web app, and the report's own template, style and script.
 */
final class ReportAssets {
    private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final String OWN = "/org/lacrima/app/report/";

    private static final String UPLOT_JS = scriptSafe(read(UPLOT + "uPlot.iife.min.js"));
    private static final String UPLOT_CSS = read(UPLOT + "uPlot.min.css");
    private static final String REPORT_JS = scriptSafe(read(OWN + "report.js"));
    private static final String REPORT_CSS = read(OWN + "report.css");
    /** The colours and badges the web app serves as /css/lacrima.css, inlined so both look alike. */
    private static final String SHARED_CSS = read("/web/css/lacrima.css");
    private static final Template TEMPLATE = new Template(read(OWN + "report.html"));

    private ReportAssets() {
    }

    static String uplotJs() {
        return UPLOT_JS;
    }

    static String uplotCss() {
        return UPLOT_CSS;
    }

    static String reportJs() {
        return REPORT_JS;
    }

    static String reportCss() {
        return REPORT_CSS;
    }

    static String sharedCss() {
        return SHARED_CSS;
    }

    static Template template() {
        return TEMPLATE;
    }

    private static String read(String resource) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report asset missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inline script must not contain a closing script tag; a split tag means the same to JS. */
    private static String scriptSafe(String js) {
        return js.replace("</script", "<\\/script");
    }
}
