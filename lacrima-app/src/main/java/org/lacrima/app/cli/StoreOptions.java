package org.lacrima.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the records and uploads are: shared by {@code serve} and {@code account}. */
final class StoreOptions {
    @Option(names = "--data-dir", description = "Folder for the database file and the uploads (default ~/.lacrima).")
    Path dataDir;

    @Option(names = "--database", description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/lacrima "
            + "(default: an SQLite file in the data folder).")
    String databaseUrl;

    @Option(names = "--database-user", description = "PostgreSQL user (or env LACRIMA_DB_USER).")
    String databaseUser;

    @Option(names = "--database-password-env", defaultValue = "LACRIMA_DB_PASSWORD",
            description = "Environment variable holding the PostgreSQL password (default ${DEFAULT-VALUE}).")
    String databasePasswordEnv;

    Path dataDir() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".lacrima");
    }

    String user() {
        return databaseUser != null ? databaseUser : System.getenv("LACRIMA_DB_USER");
    }

    String password() {
        return System.getenv(databasePasswordEnv);
    }
}
