package org.lacrima.app.cohort;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a cohort's Parquet tables back with DuckDB, as a researcher's script would. */
final class CohortTables {
    private CohortTables() {
    }

    /** The rows of {@code query} over {@code parquet} (named {@code t} in the query), lists as Java lists. */
    static List<Map<String, Object>> query(Path parquet, String query) throws SQLException {
        try (Connection db = DuckDb.inMemory(); Statement st = db.createStatement()) {
            st.execute("CREATE VIEW t AS SELECT * FROM read_parquet(" + DuckDb.literal(parquet.toString()) + ")");
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(query)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        Object v = rs.getObject(c);
                        row.put(md.getColumnName(c), v instanceof Array a ? Arrays.asList((Object[]) a.getArray()) : v);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static List<Map<String, Object>> all(Path parquet, String orderBy) throws SQLException {
        return query(parquet, "SELECT * FROM t ORDER BY " + orderBy);
    }
}
