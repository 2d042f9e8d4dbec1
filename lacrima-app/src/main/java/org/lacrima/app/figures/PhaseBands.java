package org.lacrima.app.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Translucent bands over time intervals (an episode's build-up and release) and dashed vertical
 * lines at instants (events), in data coordinates of an XChart chart's x axis.
 */
final class PhaseBands extends Annotation {

    /** A shaded interval in x-axis units. */
    record Band(double from, double to, Color color) {
    }

    private static final Stroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private final List<Band> bands;
    private final List<Double> lines;

    PhaseBands(List<Band> bands, List<Double> lines) {
        super(false);
        this.bands = List.copyOf(bands);
        this.lines = List.copyOf(lines);
    }

    @Override
    public void paint(Graphics2D g) {
        int top = getYAxisScreenValueForMax();
        int bottom = getYAxisScreenValueForMin();
        int left = getXAxisScreenValueForMin();
        int right = getXAxisScreenValueForMax();
        for (Band band : bands) {
            int x0 = Math.max(left, getXAxisScreenValue(band.from()));
            int x1 = Math.min(right, getXAxisScreenValue(band.to()));
            if (x1 > x0) {
                g.setColor(band.color());
                g.fillRect(x0, Math.min(top, bottom), x1 - x0, Math.abs(bottom - top));
            }
        }
        Stroke previous = g.getStroke();
        g.setStroke(DASHED);
        g.setColor(new Color(60, 60, 60, 170));
        for (double line : lines) {
            int x = getXAxisScreenValue(line);
            if (x >= left && x <= right) {
                g.drawLine(x, Math.min(top, bottom), x, Math.max(top, bottom));
            }
        }
        g.setStroke(previous);
    }
}
