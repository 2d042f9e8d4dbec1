package org.lacrima.app.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw rows of a cohort manifest, CSV or Parquet, read by DuckDB as text. Column names are
 * lower-cased with {@code _} and {@code -} removed, so {@code Session_Date} and {@code sessiondate} match.
 *
 * @param source the manifest file
 * @param rows   one map per data row (column → text, null when empty), in file order
 */
public record ManifestTable(Path source, List<Map<String, String>> rows) {

    /**
     * Reads a manifest; Parquet when the name ends in {@code .parquet}, CSV otherwise.
     *
     * @throws IOException naming the file when it is missing or not a readable table
     */
    public static ManifestTable read(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(manifest + ": no such manifest file");
        }
        boolean parquet = manifest.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        String query = parquet ? "SELECT * FROM read_parquet(?)"
                : "SELECT * FROM read_csv(?, all_varchar = true, header = true, auto_detect = true)";
        try (Connection db = DuckDb.inMemory(); PreparedStatement select = db.prepareStatement(query)) {
            select.setString(1, manifest.toAbsolutePath().toString());
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        Object value = rs.getObject(c);
                        String text = value == null ? null : value.toString().strip();
                        row.put(normalise(md.getColumnName(c)), text == null || text.isEmpty() ? null : text);
                    }
                    rows.add(row);
                }
            }
            return new ManifestTable(manifest, rows);
        } catch (SQLException e) {
            throw new IOException(manifest + ": not a readable " + (parquet ? "Parquet" : "CSV") + " manifest: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** The lookup form of a column name. */
    public static String normalise(String column) {
        return column.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").strip();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
