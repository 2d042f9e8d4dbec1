package org.lacrima.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V32 turns the page's earlier "topic" marks into notes without losing the word. The migration runs on both
 * databases in every store test (on empty tables); here it meets rows written under V31. (SQLite: its foreign keys
 * are off by default, so a bare event row can stand in for a whole session.)
 */
class EventKindMigrationTest {
    @TempDir
    Path dir;

    @Test
    void topicsBecomeNotesAndOtherKindsStay() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("31").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO session_events VALUES ('e1', 's1', 60, 0, 'topic', 'mother', 1)");
            st.execute("INSERT INTO session_events VALUES ('e2', 's1', 90, 0, 'intervention', 'grounding', 2)");
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, label FROM session_events ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("kind")).isEqualTo("note");
            assertThat(rs.getString("label")).isEqualTo("topic: mother");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("kind")).isEqualTo("intervention");
            assertThat(rs.getString("label")).isEqualTo("grounding");
        }
    }
}
