package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.lacrima.core.model.RegularSeries;

/** Compares two grid series of one index over a block, as the stage reach tests do. */
public final class BlockValues {
    private BlockValues() {
    }

    /** {@code actual} has the values of {@code expected} (NaN where it is NaN) at the 4 Hz points of {@code [from, to)}. */
    public static void assertSameWithin(RegularSeries actual, RegularSeries expected, double from, double to) {
        for (double t = from; t < to; t += 0.25) {
            double want = valueAt(expected, t);
            if (Double.isNaN(want)) {
                assertThat(valueAt(actual, t)).as("%s at %.2f s", expected.name(), t).isNaN();
            } else {
                assertThat(valueAt(actual, t)).as("%s at %.2f s", expected.name(), t).isCloseTo(want, within(1e-9));
            }
        }
    }

    /** The value of {@code s} at the grid point nearest {@code t}. */
    public static double valueAt(RegularSeries s, double t) {
        return s.values().get((int) Math.round((t - s.startSec()) * s.rateHz()));
    }
}
