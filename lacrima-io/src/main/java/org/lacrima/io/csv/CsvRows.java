package org.lacrima.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import org.lacrima.io.RecordingFormatException;

/**
 * The data rows of a recording CSV, parsed to numbers one at a time with a look-ahead buffer: checks
 * field counts (a short last row is a truncated file, a short row elsewhere an error), numbers and an
 * increasing time column, and counts NaN cells.
 */
final class CsvRows {
    private final Path file;
    private final CloseableIterator<CsvRecord> records;
    private final int fieldCount;
    private final boolean decimalComma;
    private final int timeColumn;
    private final List<String> warnings;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private double lastTime = Double.NEGATIVE_INFINITY;
    private long nanCells;
    private boolean exhausted;

    /** One parsed data row; {@code present[k]} is false for an empty cell. */
    record Row(long line, double time, double[] values, boolean[] present) {
    }

    CsvRows(Path file, CloseableIterator<CsvRecord> records, int fieldCount, boolean decimalComma, int timeColumn,
            List<String> warnings) {
        this.file = file;
        this.records = records;
        this.fieldCount = fieldCount;
        this.decimalComma = decimalComma;
        this.timeColumn = timeColumn;
        this.warnings = warnings;
    }

    /** Reads ahead until {@code rows} rows are buffered or the file ends; returns the buffered rows. */
    List<Row> lookAhead(int rows) throws IOException {
        while (pending.size() < rows) {
            Row row = readRow();
            if (row == null) {
                break;
            }
            pending.add(row);
        }
        return List.copyOf(pending);
    }

    /** The next row, or null at the end. */
    Row next() throws IOException {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        return readRow();
    }

    /** Whether rows remain. */
    boolean hasNext() throws IOException {
        if (!pending.isEmpty()) {
            return true;
        }
        Row row = readRow();
        if (row == null) {
            return false;
        }
        pending.add(row);
        return true;
    }

    /** The last time column value read, in the file's units. */
    double lastTime() {
        return lastTime;
    }

    /** NaN cells seen since the last call. */
    long takeNanCells() {
        long n = nanCells;
        nanCells = 0;
        return n;
    }

    private Row readRow() throws IOException {
        if (exhausted) {
            return null;
        }
        CsvRecord rec;
        try {
            if (!records.hasNext()) {
                exhausted = true;
                return null;
            }
            rec = records.next();
        } catch (CsvParseException e) {
            throw error("malformed CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long line = rec.getStartingLineNumber();
        if (emptyBeyond(rec, 0)) {
            // a row of separators only ("\t\t\t\t" closing EDAandtags.csv) is an empty line
            return readRow();
        }
        if (rec.getFieldCount() > fieldCount && emptyBeyond(rec, fieldCount)) {
            // empty trailing fields ("0\t0\t0\t\t") are no columns
        } else if (rec.getFieldCount() != fieldCount) {
            if (!records.hasNext()) {
                warnings.add(file.getFileName() + ": last row (line " + line + ") has " + rec.getFieldCount()
                        + " fields, the header has " + fieldCount + "; dropped as truncated");
                exhausted = true;
                return null;
            }
            throw error("line " + line + " has " + rec.getFieldCount() + " fields, the header has " + fieldCount);
        }
        double[] values = new double[fieldCount];
        boolean[] present = new boolean[fieldCount];
        for (int i = 0; i < fieldCount; i++) {
            String s = rec.getField(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            present[i] = true;
            values[i] = parse(s, line, i);
        }
        double time = Double.NaN;
        if (timeColumn >= 0) {
            time = values[timeColumn];
            if (!present[timeColumn] || !Double.isFinite(time)) {
                throw error("line " + line + ": missing or invalid time");
            }
            if (time <= lastTime) {
                throw error("line " + line + ": time " + rec.getField(timeColumn).strip()
                        + " does not increase");
            }
            lastTime = time;
        }
        return new Row(line, time, values, present);
    }

    private double parse(String s, long line, int column) throws RecordingFormatException {
        String t = decimalComma && s.indexOf(',') >= 0 && s.indexOf('.') < 0 ? s.replace(',', '.') : s;
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v)) {
                nanCells++;
            }
            return v;
        } catch (NumberFormatException e) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.equals("na") || lower.equals("nan") || lower.equals("null")) {
                nanCells++;
                return Double.NaN;
            }
            throw error("line " + line + ", column " + (column + 1) + ": '" + abbreviate(s) + "' is not a number");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "..." : s;
    }

    private RecordingFormatException error(String problem) {
        return new RecordingFormatException(file, problem);
    }

    private static boolean emptyBeyond(CsvRecord rec, int fieldCount) {
        for (int i = fieldCount; i < rec.getFieldCount(); i++) {
            if (!rec.getField(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
