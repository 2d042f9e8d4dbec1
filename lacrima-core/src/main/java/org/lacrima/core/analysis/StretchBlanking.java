package org.lacrima.core.analysis;

import java.util.Collection;
import java.util.List;
import org.lacrima.core.quality.BadInterval;

/** Sets a block's index values to {@code NaN} inside given stretches: a gap where an index measures something else. */
final class StretchBlanking {
    private StretchBlanking() {
    }

    /**
     * Blanks the rows named {@code rows} (every row when {@code null}) at the block's grid points inside any of
     * {@code stretches} ({@code [startSec, endSec)}).
     */
    static void blank(IndexBlock block, List<BadInterval> stretches, double rateHz, Collection<String> rows) {
        if (stretches.isEmpty()) {
            return;
        }
        for (int i = 0; i < block.length; i++) {
            double t = block.timeSec(i, rateHz);
            if (stretches.stream().anyMatch(b -> t >= b.startSec() && t < b.endSec())) {
                for (var row : block.indices.entrySet()) {
                    if (rows == null || rows.contains(row.getKey().key())) {
                        row.getValue()[i] = Double.NaN;
                    }
                }
            }
        }
    }
}
