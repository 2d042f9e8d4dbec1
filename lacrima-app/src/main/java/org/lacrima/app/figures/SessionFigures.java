package org.lacrima.app.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lacrima.app.export.AtomicOutput;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;

/**
 * Figures for papers: the S and P axes of the whole session with every episode's phases shaded,
 * and one figure per episode around it (time relative to the peak), as 300-dpi-ready PNGs drawn
 * headless with XChart.
 */
public final class SessionFigures {
    private static final Color S_COLOR = new Color(176, 58, 46);
    private static final Color P_COLOR = new Color(36, 113, 163);
    private static final Color BUILD_UP = new Color(230, 171, 2, 60);
    private static final Color RESOLVED = new Color(27, 158, 119, 55);
    private static final Color SUSTAINED = new Color(217, 95, 2, 55);
    private static final Color SUBSIDED = new Color(117, 112, 179, 55);
    /** Context shown on either side of an episode, seconds. */
    private static final double MARGIN_SEC = 120;

    private SessionFigures() {
    }

    /**
     * Writes {@code <name>-session.png} and {@code <name>-episode-<n>.png} into {@code dir}.
     *
     * @return the files written, session first
     */
    public static List<Path> write(SessionAnalysis analysis, Path dir, String name) throws IOException {
        List<Path> written = new ArrayList<>();
        Path session = dir.resolve(name + "-session.png");
        writePng(sessionChart(analysis, name), session);
        written.add(session);
        for (int i = 0; i < analysis.episodes().size(); i++) {
            Path file = dir.resolve(name + "-episode-" + (i + 1) + ".png");
            writePng(episodeChart(analysis, i), file);
            written.add(file);
        }
        return written;
    }

    static XYChart sessionChart(SessionAnalysis analysis, String name) {
        double minutes = 60;
        XYChart chart = chart(1400, 520, name + ": sympathetic (S) and parasympathetic (P) axes",
                "time from recording start (min)");
        addAxes(chart, analysis, 0, analysis.durationSec(), 0, minutes);
        roundXRange(chart, 0, analysis.durationSec() / minutes);
        List<PhaseBands.Band> bands = new ArrayList<>();
        for (Episode e : analysis.episodes()) {
            bands.addAll(phases(e, 0, minutes));
        }
        List<Double> lines = analysis.events().stream().map(ev -> ev.onsetSec() / minutes).toList();
        chart.addAnnotation(new PhaseBands(bands, lines));
        return chart;
    }

    static XYChart episodeChart(SessionAnalysis analysis, int index) {
        Episode e = analysis.episodes().get(index);
        double from = Math.max(0, e.onsetSec() - MARGIN_SEC);
        double to = Math.min(analysis.durationSec(), (Double.isFinite(e.endSec()) ? e.endSec() : e.peakSec()) + MARGIN_SEC);
        String title = "Episode " + (index + 1) + ": " + e.outcome().jsonName() + (e.interrupted() ? " (interrupted)" : "")
                + ", confidence " + Math.round(e.confidence() * 100) + " %";
        XYChart chart = chart(1000, 500, title, "time from peak (s)");
        addAxes(chart, analysis, from, to, e.peakSec(), 1);
        roundXRange(chart, from - e.peakSec(), to - e.peakSec());
        List<Double> lines = new ArrayList<>();
        for (Event ev : analysis.events()) {
            if (ev.onsetSec() >= from && ev.onsetSec() <= to) {
                lines.add(ev.onsetSec() - e.peakSec());
            }
        }
        chart.addAnnotation(new PhaseBands(phases(e, e.peakSec(), 1), lines));
        return chart;
    }

    private static XYChart chart(int width, int height, String title, String xTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle + "   ·   shaded: build-up (yellow), after the peak (green resolved, orange sustained,"
                        + " purple subsided)   ·   dashed: events").yAxisTitle("baseline-normalised units (robust z)").build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(225, 225, 225));
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(new Color(200, 200, 200));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAntiAlias(true);
        chart.getStyler().setXAxisDecimalPattern("#0.#");
        return chart;
    }

    /** Adds S and P between {@code fromSec} and {@code toSec}, x = (t - originSec) / unitSec. */
    private static void addAxes(XYChart chart, SessionAnalysis analysis, double fromSec, double toSec,
                                double originSec, double unitSec) {
        addSeries(chart, analysis.index(Index.S), "S (sympathetic)", S_COLOR, fromSec, toSec, originSec, unitSec);
        addSeries(chart, analysis.index(Index.P), "P (parasympathetic)", P_COLOR, fromSec, toSec, originSec, unitSec);
        if (chart.getSeriesCollection().isEmpty()) {
            // XChart cannot draw an empty chart; an empty line keeps the figure (and its phases) legible
            XYSeries none = chart.addSeries("no S/P axis could be computed",
                    new double[] {(fromSec - originSec) / unitSec, (toSec - originSec) / unitSec}, new double[] {0, 0});
            none.setMarker(SeriesMarkers.NONE);
            none.setLineColor(Color.LIGHT_GRAY);
        }
    }

    /** Axis limits on multiples of a 1-2-5 step, so that XChart labels round times. */
    private static void roundXRange(XYChart chart, double min, double max) {
        double raw = Math.max(max - min, 1e-6) / 10;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 2 ? 2 * magnitude : raw / magnitude < 5 ? 5 * magnitude : 10 * magnitude;
        chart.getStyler().setXAxisMin(Math.floor(min / step) * step);
        chart.getStyler().setXAxisMax(Math.ceil(max / step) * step);
    }

    private static void addSeries(XYChart chart, Optional<RegularSeries> series, String label, Color color,
                                  double fromSec, double toSec, double originSec, double unitSec) {
        if (series.isEmpty()) {
            return;
        }
        RegularSeries s = series.get();
        int first = (int) Math.max(0, Math.ceil((fromSec - s.startSec()) * s.rateHz()));
        int last = (int) Math.min(s.length() - 1, Math.floor((toSec - s.startSec()) * s.rateHz()));
        // a figure needs no more than ~4000 points across; striding keeps large sessions fast to draw
        int stride = Math.max(1, (last - first + 1) / 4000);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = first; i <= last; i += stride) {
            xs.add((s.timeOfSec(i) - originSec) / unitSec);
            double v = s.values().get(i);
            ys.add(Double.isFinite(v) ? v : Double.NaN);
        }
        if (xs.size() < 2 || ys.stream().noneMatch(Double::isFinite)) {
            return;
        }
        XYSeries added = chart.addSeries(label, xs, ys);
        added.setMarker(SeriesMarkers.NONE);
        added.setLineColor(color);
        added.setLineStyle(new BasicStroke(1.8f));
    }

    private static List<PhaseBands.Band> phases(Episode e, double originSec, double unitSec) {
        List<PhaseBands.Band> bands = new ArrayList<>();
        bands.add(new PhaseBands.Band((e.onsetSec() - originSec) / unitSec, (e.peakSec() - originSec) / unitSec, BUILD_UP));
        if (Double.isFinite(e.endSec())) {
            bands.add(new PhaseBands.Band((e.peakSec() - originSec) / unitSec, (e.endSec() - originSec) / unitSec,
                    outcomeColor(e.outcome())));
        }
        return bands;
    }

    private static Color outcomeColor(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> RESOLVED;
            case SUSTAINED -> SUSTAINED;
            case SUBSIDED -> SUBSIDED;
        };
    }

    private static void writePng(XYChart chart, Path target) throws IOException {
        AtomicOutput.writeBytes(target, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }
}
