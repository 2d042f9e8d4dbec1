package org.lacrima.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lacrima.app.demo.DemoClinic;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.app.web.ClinicServer;
import org.lacrima.app.web.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lacrima serve}: the clinician web app. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the clinician web app: clients, sessions, episodes over time.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String host;

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

    @Option(names = "--max-upload-mb", defaultValue = "200", description = "Largest upload in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--workers", defaultValue = "1", description = "Analyses run in parallel (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--demo", description = "Seed a demo clinician and a demo client with simulated sessions.")
    boolean demo;

    @Option(names = "--test-analysis-delay-ms", hidden = true, defaultValue = "0")
    long testAnalysisDelayMillis;

    @Option(names = "--bcrypt-cost", hidden = true, defaultValue = "12")
    int bcryptCost;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".lacrima");
        String user = databaseUser != null ? databaseUser : System.getenv("LACRIMA_DB_USER");
        ServerOptions options = new ServerOptions(host, port, dir, databaseUrl, user, System.getenv(databasePasswordEnv),
                maxUploadMb * 1024 * 1024, workers, bcryptCost, testAnalysisDelayMillis);
        ClinicServer server = ClinicServer.start(options, RecordingAnalyzer.service());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lacrima-shutdown"));
        System.out.println("Lacrima is running at http://" + host + ":" + server.port() + "/");
        System.out.println("  records: " + server.databaseDescription() + "; uploads: " + dir.resolve("content"));
        if (demo) {
            System.out.println("  seeding the demo (simulated sessions) ...");
            System.out.flush();
            boolean seeded = server.seedDemo();
            System.out.println("  " + (seeded ? "demo seeded; its sessions are being analysed. " : "demo already present. ")
                    + "Sign in as " + DemoClinic.EMAIL + " with password " + DemoClinic.PASSWORD);
            System.out.println("  live demo: open client DEMO-1, start a live session, and replay a simulated session "
                    + "at 10x from the live page.");
        }
        System.out.flush();
        stopped.await();
        return 0;
    }
}
