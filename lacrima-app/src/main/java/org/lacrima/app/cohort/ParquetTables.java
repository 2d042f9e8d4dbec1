package org.lacrima.app.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes tables as Parquet files through DuckDB. Each file is written beside its target under a
 * temporary name and moved into place, so a killed run never leaves half a table.
 */
final class ParquetTables implements AutoCloseable {
    private final Connection db;

    ParquetTables() throws IOException {
        try {
            db = DuckDb.inMemory();
        } catch (SQLException e) {
            throw new IOException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /** Writes {@code table} to {@code target} as Parquet. */
    void write(String name, TableData table, Path target) throws IOException {
        List<String> columns = table.columns();
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + quote(name));
            st.execute("CREATE TABLE " + quote(name) + " (" + columns.stream()
                    .map(c -> quote(c) + " " + table.sqlType(c)).collect(Collectors.joining(", ")) + ")");
            if (!table.rows().isEmpty()) {
                insert(name, table, columns);
            }
            copy("SELECT * FROM " + quote(name), target);
        } catch (SQLException e) {
            throw new IOException(target + ": cannot write the " + name + " table: " + e.getMessage(), e);
        }
    }

    /** Writes the table {@code name} (written before by {@link #write}) to {@code target} as CSV with a header. */
    void writeCsv(String name, Path target) throws IOException {
        try {
            copy("SELECT * FROM " + quote(name), target, "(FORMAT csv, HEADER)");
        } catch (SQLException e) {
            throw new IOException(target + ": cannot write the " + name + " table: " + e.getMessage(), e);
        }
    }

    /** Writes the result of {@code query} to {@code target} as Parquet. */
    void copy(String query, Path target) throws IOException, SQLException {
        copy(query, target, "(FORMAT parquet)");
    }

    private void copy(String query, Path target, String format) throws IOException, SQLException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try (Statement st = db.createStatement()) {
            st.execute("COPY (" + query + ") TO " + DuckDb.literal(temp.toAbsolutePath().toString())
                    + " " + format);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Connection connection() {
        return db;
    }

    private void insert(String name, TableData table, List<String> columns) throws SQLException {
        String sql = "INSERT INTO " + quote(name) + " VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?"))
                + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (Map<String, Object> row : table.rows()) {
                for (int c = 0; c < columns.size(); c++) {
                    Object v = row.get(columns.get(c));
                    if (v instanceof List<?> list) {
                        insert.setArray(c + 1, db.createArrayOf("VARCHAR", list.stream().map(String::valueOf).toArray()));
                    } else {
                        insert.setObject(c + 1, v);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot close DuckDB: " + e.getMessage(), e);
        }
    }
}
