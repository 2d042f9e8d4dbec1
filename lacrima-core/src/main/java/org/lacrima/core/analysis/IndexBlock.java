package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lacrima.core.eda.Scr;
import org.lacrima.core.model.Index;

/**
 * The indices and markers one processing block produced: values for grid points
 * {@code [firstIndex, firstIndex + length)} and the markers that fall in the block's own time span.
 */
final class IndexBlock {
    final int firstIndex;
    final int length;
    final Map<Index, double[]> indices = new LinkedHashMap<>();
    final List<Double> rPeaksSec = new ArrayList<>();
    final List<Double> pulsePeaksSec = new ArrayList<>();
    final List<Scr> scrs = new ArrayList<>();
    final List<Double> breathsSec = new ArrayList<>();
    /**
     * Per grid point, whether the respiration belt shows speech breathing (1) or other breathing (0); {@code null}
     * without a belt. For the episode detector only, not an index of the output.
     */
    double[] speech;

    IndexBlock(int firstIndex, int length) {
        this.firstIndex = firstIndex;
        this.length = length;
    }

    /** Seconds from the recording start of the block's grid point {@code i}. */
    double timeSec(int i, double rateHz) {
        return (firstIndex + i) / rateHz;
    }

    /** A fresh all-NaN row for an index of this block. */
    double[] row(Index index) {
        double[] values = new double[length];
        java.util.Arrays.fill(values, Double.NaN);
        indices.put(index, values);
        return values;
    }
}
