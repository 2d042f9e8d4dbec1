package org.lacrima.app.cohort;

import java.util.List;
import java.util.Locale;
import org.lacrima.app.report.Html;

/**
 * A small SVG chart drawn on a fixed canvas: categories along x, a linear y axis with ticks, and
 * marks placed in data units. Inline SVG keeps the cohort page self-contained (no script, no fetch).
 */
final class SvgPlot {
    static final String[] PALETTE = {"#1b6ca8", "#d1495b", "#edae49", "#66a182", "#8d6a9f", "#2e4057"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private final StringBuilder svg = new StringBuilder();
    private final double yMin;
    private final double yMax;
    private final int categories;

    SvgPlot(String title, List<String> categoryNames, double yMin, double yMax, String yLabel) {
        this.categories = Math.max(1, categoryNames.size());
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        svg.append(String.format(Locale.ROOT, "<svg role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">"
                + "<title>%s</title>", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
        for (int t = 0; t <= 4; t++) {
            double v = this.yMin + t * (this.yMax - this.yMin) / 4;
            double py = y(v);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    LEFT, WIDTH - RIGHT, py, py, LEFT - 6, py + 4, tick(v)));
        }
        for (int c = 0; c < categoryNames.size(); c++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
                    x(c, 0.5), HEIGHT - BOTTOM + 18, Html.escape(categoryNames.get(c))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" font-size=\"11\" transform=\"rotate(-90 12 %d)\" "
                + "text-anchor=\"middle\">%s</text>", TOP + (HEIGHT - TOP - BOTTOM) / 2, TOP + (HEIGHT - TOP - BOTTOM) / 2,
                Html.escape(yLabel)));
    }

    /** The x pixel of a position within category {@code c} (0 = its left edge, 1 = its right edge). */
    double x(int c, double within) {
        double band = (WIDTH - LEFT - RIGHT) / (double) categories;
        return LEFT + band * (c + within);
    }

    double y(double value) {
        double clamped = Math.max(yMin, Math.min(yMax, value));
        return HEIGHT - BOTTOM - (clamped - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    /** A bar from the axis floor to {@code value} with a 95 % interval whisker. */
    void barWithInterval(int c, double from, double to, double value, double low, double high, String colour,
                         String tooltip) {
        if (!Double.isFinite(value)) {
            return;
        }
        double x0 = x(c, from);
        double x1 = x(c, to);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s</title></rect>", x0, y(value), x1 - x0, y(yMin) - y(value), colour, Html.escape(tooltip)));
        if (Double.isFinite(low) && Double.isFinite(high)) {
            double xm = (x0 + x1) / 2;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fH%.1f\" "
                    + "stroke=\"#222\" stroke-width=\"1.5\" fill=\"none\"/>", xm, y(low), y(high), xm - 5, y(low), xm + 5,
                    xm - 5, y(high), xm + 5));
        }
    }

    /** A box (quartiles, median line) with every value as a jittered dot coloured by its episode's outcome. */
    void boxWithDots(int c, CohortSummary.Distribution d, java.util.function.Function<String, String> colourOfOutcome) {
        double[] v = d.sorted();
        for (int i = 0; i < v.length; i++) {
            // deterministic jitter: the page is identical for the same cohort
            double jitter = 0.3 + 0.4 * ((i * 0.6180339887) % 1.0);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\" "
                    + "fill-opacity=\"0.6\"/>", x(c, jitter), y(v[i]), colourOfOutcome.apply(d.outcomes().get(i))));
        }
        if (v.length == 0) {
            return;
        }
        double q1 = d.quantile(0.25);
        double q3 = d.quantile(0.75);
        double med = d.quantile(0.5);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"#222\"/><line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#222\" stroke-width=\"2\"/>",
                x(c, 0.25), y(q3), x(c, 0.75) - x(c, 0.25), y(q1) - y(q3), x(c, 0.25), x(c, 0.75), y(med), y(med)));
    }

    /** A line through points given as (category position, value) pairs, with a dot on each. */
    void line(double[] xs, double[] ys, String colour, String tooltip) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) {
                d.append(d.length() == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", xs[i], y(ys[i])));
            }
        }
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" stroke=\"%s\" stroke-opacity=\"0.6\" fill=\"none\">"
                + "<title>%s</title></path>", d, colour, Html.escape(tooltip)));
    }

    String render() {
        return svg + "</svg>";
    }

    private static String tick(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
