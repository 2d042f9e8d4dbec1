package org.lacrima.io.csv;

import org.lacrima.core.model.ChannelType;

/**
 * A channel column of a recording CSV and how its cells map to samples.
 *
 * @param index     field index in each row
 * @param label     column name without a trailing unit ("ECG" for "ECG [mV]")
 * @param type      what it measures
 * @param unit      physical unit (from the header or the type's convention)
 * @param stride    the column has a value every {@code stride} rows (a lower-rate channel in a shared grid)
 * @param phase     first row (0-based) holding a value
 * @param irregular whether cells are irregular samples stamped with their row time (RR intervals)
 * @param divisor   every value is divided by it (1000 for RR given in milliseconds)
 */
record CsvColumn(int index, String label, ChannelType type, String unit, int stride, int phase, boolean irregular,
                 double divisor) {

    /** Whether row {@code row} (0-based) is on this column's sample grid. */
    boolean onGrid(long row) {
        return row >= phase && (row - phase) % stride == 0;
    }
}
