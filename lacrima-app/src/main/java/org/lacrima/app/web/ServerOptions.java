package org.lacrima.app.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the web app.
 *
 * @param host                    interface to listen on (loopback by default)
 * @param port                    TCP port; 0 picks a free one
 * @param dataDir                 folder for the SQLite file, the uploads and scratch space
 * @param databaseUrl             JDBC URL of a PostgreSQL database, or null for the embedded SQLite file
 * @param maxUploadBytes          largest accepted upload in bytes
 * @param workerThreads           parallel analyses
 * @param bcryptCost              password hashing cost (12 in production)
 * @param testAnalysisDelayMillis pause inside each job so tests can kill the server mid-analysis; 0 otherwise
 * @param access                  sign-up, quota, TLS, proxy and origin
 */
public record ServerOptions(String host, int port, Path dataDir, String databaseUrl, String databaseUser,
                            String databasePassword, long maxUploadBytes, int workerThreads, int bcryptCost,
                            long testAnalysisDelayMillis, WebAccess access) {
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(access, "access");
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive");
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("at least one analysis worker is needed");
        }
    }

    /** Defaults: loopback, SQLite in {@code dataDir}, 200 MB uploads, one worker, bcrypt cost 12, {@link WebAccess#defaults()}. */
    public static ServerOptions defaults(Path dataDir, int port) {
        return new ServerOptions("127.0.0.1", port, dataDir, null, null, null, 200L * 1024 * 1024, 1, 12, 0,
                WebAccess.defaults());
    }

    public ServerOptions withAccess(WebAccess a) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, maxUploadBytes,
                workerThreads, bcryptCost, testAnalysisDelayMillis, a);
    }

    public ServerOptions withDatabase(String url, String user, String password) {
        return new ServerOptions(host, port, dataDir, url, user, password, maxUploadBytes, workerThreads, bcryptCost,
                testAnalysisDelayMillis, access);
    }

    public ServerOptions withMaxUploadBytes(long bytes) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, bytes,
                workerThreads, bcryptCost, testAnalysisDelayMillis, access);
    }

    public ServerOptions withBcryptCost(int cost) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, maxUploadBytes,
                workerThreads, cost, testAnalysisDelayMillis, access);
    }

    public ServerOptions withTestAnalysisDelayMillis(long millis) {
        return new ServerOptions(host, port, dataDir, databaseUrl, databaseUser, databasePassword, maxUploadBytes,
                workerThreads, bcryptCost, millis, access);
    }
}
