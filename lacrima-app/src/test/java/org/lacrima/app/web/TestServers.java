package org.lacrima.app.web;

import java.io.IOException;
import java.nio.file.Path;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.app.store.TestDatabases;

/** Real servers on a free loopback port, SQLite by default or a fresh PostgreSQL schema. */
final class TestServers {
    private TestServers() {
    }

    /** A server on the store {@code kind} (a fresh PostgreSQL schema, or SQLite), its data in {@code dir}/{@code kind}. */
    static ClinicServer startOn(TestDatabases.Kind kind, Path dir, long maxUploadBytes) throws IOException {
        return start(dir.resolve(kind.name()), kind == TestDatabases.Kind.POSTGRESQL ? freshPostgresUrl() : null,
                maxUploadBytes);
    }

    static ClinicServer start(Path dataDir, String postgresUrl, long maxUploadBytes) throws IOException {
        return start(dataDir, postgresUrl, maxUploadBytes, analyzer());
    }

    static ClinicServer start(Path dataDir, String postgresUrl, long maxUploadBytes, RecordingAnalyzer analyzer)
            throws IOException {
        return start(dataDir, postgresUrl, maxUploadBytes, analyzer, WebAccess.defaults().withOpenSignup(true));
    }

    static ClinicServer start(Path dataDir, String postgresUrl, long maxUploadBytes, WebAccess access)
            throws IOException {
        return start(dataDir, postgresUrl, maxUploadBytes, analyzer(), access);
    }

    static ClinicServer start(Path dataDir, String postgresUrl, long maxUploadBytes, RecordingAnalyzer analyzer,
                              WebAccess access) throws IOException {
        ServerOptions options = ServerOptions.defaults(dataDir, 0).withBcryptCost(4).withMaxUploadBytes(maxUploadBytes)
                .withAccess(access);
        if (postgresUrl != null) {
            options = options.withDatabase(postgresUrl, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
        }
        return ClinicServer.start(options, analyzer);
    }

    /** A JDBC URL whose current schema is a fresh, empty one. */
    static String freshPostgresUrl() {
        String url = TestDatabases.PG_URL;
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + TestDatabases.freshPostgresSchema();
    }

    static RecordingAnalyzer analyzer() {
        return RecordingAnalyzer.service();
    }
}
