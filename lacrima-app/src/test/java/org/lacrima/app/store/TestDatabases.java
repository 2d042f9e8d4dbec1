package org.lacrima.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two databases every storage test runs against: a fresh SQLite file and a fresh schema in a
 * real PostgreSQL. PostgreSQL settings come from system properties or the environment
 * ({@code LACRIMA_TEST_PG_URL}, {@code LACRIMA_TEST_PG_USER}, {@code LACRIMA_TEST_PG_PASSWORD}); an
 * unreachable server fails the test loudly: it is never skipped.
 */
public final class TestDatabases {
    public static final String PG_URL = setting("LACRIMA_TEST_PG_URL", "jdbc:postgresql://localhost:5432/lacrima_test");
    public static final String PG_USER = setting("LACRIMA_TEST_PG_USER", "lacrima");
    public static final String PG_PASSWORD = setting("LACRIMA_TEST_PG_PASSWORD", "lacrima");

    /** The kinds of database under test, for {@code @EnumSource}. */
    public enum Kind { SQLITE, POSTGRESQL }

    private TestDatabases() {
    }

    /** A fresh, migrated database of this kind; {@code dir} holds the SQLite file. */
    public static Database open(Kind kind, Path dir) {
        return kind == Kind.SQLITE ? Database.sqlite(dir.resolve("test.db"))
                : Database.postgres(PG_URL, PG_USER, PG_PASSWORD, freshPostgresSchema());
    }

    /** Creates an empty schema with a random name, so runs never see each other's rows. */
    public static String freshPostgresSchema() {
        String schema = "t_" + RandomIds.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            dropAtExit(schema);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    PostgreSQL is not reachable at %s as %s (%s).
                    The storage tests need a real PostgreSQL; start the machine's PostgreSQL 15 and create the test role and database:
                      pg_ctlcluster 15 main start
                      runuser -u postgres -- psql -c "CREATE ROLE lacrima LOGIN PASSWORD 'lacrima'"
                      runuser -u postgres -- createdb -O lacrima lacrima_test
                    or point LACRIMA_TEST_PG_URL / LACRIMA_TEST_PG_USER / LACRIMA_TEST_PG_PASSWORD at another server."""
                    .formatted(PG_URL, PG_USER, e.getMessage()), e);
        }
        return schema;
    }

    private static final List<String> CREATED = new ArrayList<>();

    /** Test schemas are dropped when the test JVM ends, so the test database does not fill up. */
    private static synchronized void dropAtExit(String schema) {
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-schemas"));
        }
        CREATED.add(schema);
    }

    private static synchronized void dropCreated() {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement st = c.createStatement()) {
            for (String schema : CREATED) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test schemas " + CREATED + ": " + e.getMessage());
        }
    }

    private static String setting(String name, String fallback) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv(name);
        return env != null && !env.isBlank() ? env : fallback;
    }
}
