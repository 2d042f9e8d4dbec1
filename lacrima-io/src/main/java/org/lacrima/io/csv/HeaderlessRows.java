package org.lacrima.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.util.List;

/**
 * A file without a header row: its columns are named {@code column1}, {@code column2}, ... except
 * a first column that rises in every row of the first lines, which is taken as {@code time} in
 * seconds (E4-derived {@code EDAandtags.csv}: time, EDA, tag). Empty trailing fields are not columns.
 */
final class HeaderlessRows {
    private HeaderlessRows() {
    }

    /** Names for the columns of {@code first} (its first row), given the first fields of the following rows. */
    static String[] header(List<String> first, List<String> firstFieldsOfNextRows) {
        int width = first.size();
        while (width > 1 && first.get(width - 1).isBlank()) {
            width--;
        }
        boolean rising = !firstFieldsOfNextRows.isEmpty();
        double previous = Double.parseDouble(first.get(0).strip());
        for (String f : firstFieldsOfNextRows) {
            double t;
            try {
                t = Double.parseDouble(f.strip());
            } catch (NumberFormatException e) {
                rising = false;
                break;
            }
            if (!(t > previous)) {
                rising = false;
                break;
            }
            previous = t;
        }
        String[] header = new String[width];
        for (int i = 0; i < width; i++) {
            header[i] = i == 0 && rising ? "time" : "column" + (i + 1);
        }
        return header;
    }

    /** {@code rest} with {@code first} put back in front: the first row is data, not a header. */
    static CloseableIterator<CsvRecord> withFirst(CsvRecord first, CloseableIterator<CsvRecord> rest) {
        return new CloseableIterator<>() {
            private boolean pending = true;

            @Override
            public boolean hasNext() {
                return pending || rest.hasNext();
            }

            @Override
            public CsvRecord next() {
                if (pending) {
                    pending = false;
                    return first;
                }
                return rest.next();
            }

            @Override
            public void close() throws IOException {
                rest.close();
            }
        };
    }
}
