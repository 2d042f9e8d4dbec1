package org.lacrima.app.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lacrima.app.demo.DemoClinic;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.app.web.ClinicServer;
import org.lacrima.app.web.ServerOptions;
import org.lacrima.app.web.WebAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOptions store;

    @Option(names = "--max-upload-mb", defaultValue = "200", description = "Largest upload in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--workers", defaultValue = "1", description = "Analyses run in parallel (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--demo", description = "Seed a demo clinician and a demo client with simulated sessions.")
    boolean demo;

    @Option(names = "--open-signup", description = "Let anyone create an account at /api/signup (default: closed; "
            + "create accounts with 'lacrima account add'; --demo opens it).")
    boolean openSignup;

    @Option(names = "--quota-mb", defaultValue = "5120",
            description = "Stored uploads one account may hold, in MB (default ${DEFAULT-VALUE}).")
    long quotaMb;

    @Option(names = "--keystore", description = "Serve HTTPS directly with this PKCS#12 or JKS keystore "
            + "(then there is no plain-HTTP port).")
    Path keystore;

    @Option(names = "--keystore-password-env", defaultValue = "LACRIMA_KEYSTORE_PASSWORD",
            description = "Environment variable holding the keystore password (default ${DEFAULT-VALUE}).")
    String keystorePasswordEnv;

    @Option(names = "--trust-proxy", description = "Behind a reverse proxy that terminates TLS: believe its "
            + "X-Forwarded-Proto and X-Forwarded-For headers (never set this without such a proxy).")
    boolean trustProxy;

    @Option(names = "--public-origin", description = "The address users open, e.g. https://lacrima.example.org; "
            + "requests naming another Host are refused.")
    URI publicOrigin;

    @Option(names = "--test-analysis-delay-ms", hidden = true, defaultValue = "0")
    long testAnalysisDelayMillis;

    @Option(names = "--bcrypt-cost", hidden = true, defaultValue = "12")
    int bcryptCost;

    @Override
    public Integer call() throws Exception {
        Path dir = store.dataDir();
        WebAccess access = WebAccess.defaults().withOpenSignup(openSignup || demo).withQuotaBytes(quotaMb * 1024 * 1024)
                .withTrustProxy(trustProxy).withPublicOrigin(publicOrigin);
        if (keystore != null) {
            String password = System.getenv(keystorePasswordEnv);
            if (password == null) {
                throw new IllegalArgumentException("--keystore " + keystore + ": set the environment variable "
                        + keystorePasswordEnv + " to its password");
            }
            access = access.withKeystore(keystore, password);
        }
        ServerOptions options = new ServerOptions(host, port, dir, store.databaseUrl, store.user(), store.password(),
                maxUploadMb * 1024 * 1024, workers, bcryptCost, testAnalysisDelayMillis, access);
        ClinicServer server = ClinicServer.start(options, RecordingAnalyzer.service());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lacrima-shutdown"));
        System.out.println("Lacrima is running at " + (keystore != null ? "https" : "http") + "://" + host + ":"
                + server.port() + "/");
        if (!access.openSignup()) {
            System.out.println("  sign-up is closed; create accounts with: lacrima account add EMAIL --data-dir " + dir);
        }
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
