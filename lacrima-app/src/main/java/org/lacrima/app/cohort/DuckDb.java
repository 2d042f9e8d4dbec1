package org.lacrima.app.cohort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens DuckDB, the embedded engine that reads manifests and writes the cohort's Parquet tables. */
final class DuckDb {
    private DuckDb() {
    }

    /** A private in-memory database, gone when closed. */
    static Connection inMemory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /** {@code text} as a single-quoted SQL string literal (for file names in COPY, which takes no parameters). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
