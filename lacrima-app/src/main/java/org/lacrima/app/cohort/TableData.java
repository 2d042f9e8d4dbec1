package org.lacrima.app.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table built row by row from named values, its column types taken from the values: text,
 * booleans, whole numbers, decimals, dates and lists of text. Columns appear in the order they are
 * first met, so a field the analysis adds later simply becomes one more column.
 */
final class TableData {
    private final Set<String> columns = new LinkedHashSet<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    /** Adds a row (column → value; null or absent for no value). */
    void add(Map<String, Object> row) {
        columns.addAll(row.keySet());
        rows.add(new LinkedHashMap<>(row));
    }

    List<String> columns() {
        return List.copyOf(columns);
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    /** Declares a column even if no row has it (a table with no rows still has its columns). */
    void declare(String column) {
        columns.add(column);
    }

    /** The DuckDB type of a column: the widest its values need (DOUBLE when every value is missing). */
    String sqlType(String column) {
        String type = null;
        for (Map<String, Object> row : rows) {
            Object v = row.get(column);
            String t = v == null ? null : typeOf(v);
            if (t == null || t.equals(type)) {
                continue;
            }
            boolean numbers = (t.equals("BIGINT") || t.equals("DOUBLE")) && (type == null || type.equals("BIGINT")
                    || type.equals("DOUBLE"));
            type = type == null ? t : numbers ? "DOUBLE" : "VARCHAR";
        }
        return type == null ? "DOUBLE" : type;
    }

    private static String typeOf(Object v) {
        if (v instanceof Boolean) {
            return "BOOLEAN";
        }
        if (v instanceof Long || v instanceof Integer) {
            return "BIGINT";
        }
        if (v instanceof Number) {
            return "DOUBLE";
        }
        if (v instanceof LocalDate) {
            return "DATE";
        }
        if (v instanceof List<?>) {
            return "VARCHAR[]";
        }
        return "VARCHAR";
    }
}
