package org.lacrima.app.export;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.RegularSeries;

/**
 * Puts derived indices on one time grid. The analysis computes them on a common grid (4 Hz), so
 * this is normally a plain copy; a series on another grid is sampled at its nearest value, and is
 * empty ({@code NaN}) where it has no value within half of its own sample period.
 */
public final class GridAlignment {

    private GridAlignment() {
    }

    /** The series that defines the grid: the finest, and of equal rates the longest. */
    public static Optional<RegularSeries> referenceGrid(List<RegularSeries> series) {
        return series.stream().max(Comparator.comparingDouble(RegularSeries::rateHz)
                .thenComparingInt(RegularSeries::length));
    }

    /** Values of {@code series} at each time of the {@code grid} series. */
    public static double[] valuesOn(RegularSeries grid, RegularSeries series) {
        int n = grid.length();
        double[] out = new double[n];
        boolean sameGrid = grid.rateHz() == series.rateHz() && grid.startSec() == series.startSec();
        for (int i = 0; i < n; i++) {
            if (sameGrid) {
                out[i] = i < series.length() ? series.values().get(i) : Double.NaN;
            } else {
                out[i] = nearest(series, grid.timeOfSec(i));
            }
        }
        return out;
    }

    private static double nearest(RegularSeries series, double timeSec) {
        long index = Math.round((timeSec - series.startSec()) * series.rateHz());
        if (index < 0 || index >= series.length()) {
            return Double.NaN;
        }
        return series.values().get((int) index);
    }
}
