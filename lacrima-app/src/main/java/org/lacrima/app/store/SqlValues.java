package org.lacrima.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Doubles across SQLite and PostgreSQL: SQLite turns NaN into NULL, so NaN ("could not be assessed")
 * is always stored as NULL and read back as NaN.
 */
final class SqlValues {
    private SqlValues() {
    }

    static Double toSql(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static double doubleOrNaN(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
