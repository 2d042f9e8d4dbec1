package org.lacrima.app.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * RFC 4180 CSV lines for tables that go into R, SPSS or pandas: comma-separated, a header row,
 * fields quoted only when needed, numbers with a dot and no thousands separator, and an empty
 * cell for a value that could not be computed ({@code NaN}) so every tool reads it as missing.
 */
public final class CsvRows {
    private final Writer out;

    public CsvRows(Writer out) {
        this.out = out;
    }

    /** Writes one row; each cell is a String, a Number, a Boolean or null (empty). */
    public void row(List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder(cells.size() * 12);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        line.append("\r\n");
        out.write(line.toString());
    }

    /** The text of one cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f.doubleValue());
        }
        return quoteIfNeeded(value.toString());
    }

    /** Shortest exact decimal form of {@code v}, or empty for NaN and infinities. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    private static String quoteIfNeeded(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
