package org.lacrima.app.store;

import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The clinic database: an embedded SQLite file by default, PostgreSQL for shared deployments. The
 * same Flyway migrations (classpath {@code db/migration}) bring either to the current schema on open.
 */
public final class Database implements AutoCloseable {
    static final int CONNECT_TIMEOUT_SECONDS = 3;
    static final int START_PATIENCE_SECONDS = 20;
    /** Longest a single statement may wait on the network before the connection counts as lost. */
    static final int SOCKET_TIMEOUT_SECONDS = 60;
    private final Jdbi jdbi;
    private final String description;
    private final AutoCloseable pool;

    private Database(DataSource dataSource, String schema, String description, AutoCloseable pool) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
        this.jdbi = Jdbi.create(dataSource);
        this.description = description;
        this.pool = pool;
    }

    /** Opens (creating if needed) the SQLite file {@code file}. */
    public static Database sqlite(Path file) {
        try {
            OwnerOnly.folder(file.toAbsolutePath().getParent());
            // SQLite gives its -wal and -shm files the mode of the database file: create that 0600 first.
            OwnerOnly.file(file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed upload survives power loss, not only a crash of the process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(15_000);
        // IMMEDIATE takes the write lock at BEGIN, so two writers wait instead of deadlocking on upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new Database(ds, null, "SQLite " + file.toAbsolutePath(), () -> { });
    }

    /**
     * Connects to PostgreSQL. {@code schema} may be null for the user's default schema; tests pass a
     * fresh one so that runs never see each other's rows.
     */
    public static Database postgres(String jdbcUrl, String user, String password, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        // Fail fast when the server is away: requests get a 503 in seconds, not after 30 s each.
        ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        HikariConfig config = new HikariConfig();
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setValidationTimeout(1000);
        config.setDataSource(ds);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName("lacrima");
        // At start, keep trying for a while (a server and its database often start together, and a
        // loaded machine can take longer than one connect timeout to log in); then fail with the
        // driver's message rather than hand out a broken pool. Requests still fail fast (above).
        config.setInitializationFailTimeout(START_PATIENCE_SECONDS * 1000L);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL at " + safe(jdbcUrl) + ": "
                    + rootMessage(e), e);
        }
        try {
            return new Database(pool, schema, "PostgreSQL " + safe(jdbcUrl), pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static String safe(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }

    /** Opens what a JDBC URL names: {@code jdbc:postgresql:...} or {@code jdbc:sqlite:FILE}. */
    public static Database fromUrl(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return postgres(jdbcUrl, user, password, null);
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())));
        }
        throw new IllegalArgumentException("unsupported database URL " + jdbcUrl
                + " (use jdbc:postgresql://HOST/DB or jdbc:sqlite:FILE)");
    }

    /** Whether a trivial query answers (PostgreSQL gives up after the connection timeout). */
    boolean reachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** SQL access for the stores in this package. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the connection pool, if any. */
    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the database failed", e);
        }
    }

    /** What it is connected to, for the start-up message. */
    public String description() {
        return description;
    }
}
