package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.cli.LacrimaCli;
import org.lacrima.app.store.TestDatabases.Kind;
import org.lacrima.core.episode.Outcome;
import picocli.CommandLine;

/**
 * Who gets in, over real HTTP: closed sign-up and the administrator's {@code account} command,
 * password change, the sign-in throttle (per email and address, persisted, never locking the owner
 * out from a known address), and the data folder being the server account's alone.
 */
class AccessControlTest {
    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dir;

    private static int cli(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cl = LacrimaCli.commandLine();
            cl.setErr(new PrintWriter(new StringWriter()));
            return cl.execute(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void signUpIsClosedByDefaultAndTheAdministratorCreatesResetsAndDeletesAccounts() throws Exception {
        Path data = dir.resolve("closed");
        try (ClinicServer server = TestServers.start(data, null, 200L << 20, WebAccess.defaults())) {
            ApiClient.Response refused = new ApiClient(server.port()).post("/api/signup",
                    Map.of("email", "new@example.org", "password", PASSWORD));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).contains("sign-up is closed");
            assertThat(new ApiClient(server.port()).get("/api/health").json().get("signupOpen").asBoolean()).isFalse();

            String[] where = {"--data-dir", data.toString(), "--bcrypt-cost", "4"};
            assertThat(cli(PASSWORD + "\n", concat(new String[] {"account", "add", "new@example.org", "--name", "Dr New"},
                    where))).isZero();
            assertThat(cli(PASSWORD + "\n", concat(new String[] {"account", "add", "new@example.org"}, where))).isEqualTo(1);
            assertThat(cli("short\n", concat(new String[] {"account", "add", "weak@example.org"}, where))).isEqualTo(1);
            ApiClient clinician = new ApiClient(server.port()).signIn("new@example.org");
            assertThat(clinician.get("/api/me").json().get("displayName").asText()).isEqualTo("Dr New");

            // Password change: the current one must be right; other sign-ins are closed, this one stays.
            ApiClient elsewhere = new ApiClient(server.port()).signIn("new@example.org");
            assertThat(clinician.post("/api/me/password", Map.of("currentPassword", "not my password",
                    "newPassword", "another long password")).status()).isEqualTo(400);
            assertThat(clinician.post("/api/me/password", Map.of("currentPassword", PASSWORD,
                    "newPassword", "another long password")).status()).isEqualTo(204);
            assertThat(clinician.get("/api/me").status()).isEqualTo(200);
            assertThat(elsewhere.get("/api/me").status()).isEqualTo(401);
            new ApiClient(server.port()).signIn("new@example.org", "another long password");

            // The administrator's reset closes every sign-in; the new password works, the old does not.
            assertThat(cli("a reset password\n", concat(new String[] {"account", "reset", "new@example.org"}, where)))
                    .isZero();
            assertThat(clinician.get("/api/me").status()).isEqualTo(401);
            assertThat(new ApiClient(server.port()).post("/api/signin", Map.of("email", "new@example.org",
                    "password", "another long password")).status()).isEqualTo(401);
            ApiClient after = new ApiClient(server.port()).signIn("new@example.org", "a reset password");
            String client = after.post("/api/clients", Map.of("code", "R-1")).json().get("id").asText();
            after.upload(client, Map.of(), null, SimulatedRecordings.write(dir, "r.edf", 7, 8, Outcome.RESOLVED));

            assertThat(cli("", concat(new String[] {"account", "delete", "new@example.org"}, where)))
                    .as("deletion needs --yes").isNotZero();
            assertThat(cli("", concat(new String[] {"account", "delete", "new@example.org", "--yes"}, where))).isZero();
            assertThat(after.get("/api/me").status()).isEqualTo(401);
            try (Stream<Path> files = Files.walk(data.resolve("content"))) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
            assertThat(cli("", concat(new String[] {"account", "delete", "new@example.org", "--yes"}, where))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStrangerIsSlowedButTheOwnerSignsInFromTheirAddressAndTheThrottleSurvivesARestart(Kind kind) throws Exception {
        Path data = dir.resolve("throttle-" + kind);
        String db = kind == Kind.SQLITE ? null : TestServers.freshPostgresUrl();
        WebAccess behindProxy = WebAccess.defaults().withOpenSignup(true).withTrustProxy(true);
        String owner = "owner-" + kind + "@example.org";
        try (ClinicServer server = TestServers.start(data, db, 200L << 20, behindProxy)) {
            new ApiClient(server.port()).withHeader("X-Forwarded-For", "198.51.100.7").signUp(owner);
            new ApiClient(server.port()).withHeader("X-Forwarded-For", "198.51.100.7").signIn(owner);

            // A client-supplied first hop proves nothing; the proxy's last entry is the address.
            ApiClient stranger = new ApiClient(server.port()).withHeader("X-Forwarded-For", "198.51.100.7, 203.0.113.9");
            for (int i = 0; i < 10; i++) {
                assertThat(stranger.post("/api/signin", Map.of("email", owner, "password", "guess " + i)).status())
                        .isEqualTo(401);
            }
            ApiClient.Response slowed = stranger.post("/api/signin", Map.of("email", owner, "password", PASSWORD));
            assertThat(slowed.status()).isEqualTo(429);
            assertThat(slowed.json().get("error").asText()).contains("too many failed sign-ins");
            // The owner, from the address they signed in from before, is not locked out.
            new ApiClient(server.port()).withHeader("X-Forwarded-For", "198.51.100.7").signIn(owner);
            // Nor is anyone else's account slowed at the stranger's address until it has guessed widely.
            new ApiClient(server.port()).withHeader("X-Forwarded-For", "203.0.113.9").signUp("neighbour-" + kind + "@x.org");
        }
        try (ClinicServer again = TestServers.start(data, db, 200L << 20, behindProxy)) {
            ApiClient stranger = new ApiClient(again.port()).withHeader("X-Forwarded-For", "203.0.113.9");
            assertThat(stranger.post("/api/signin", Map.of("email", owner, "password", PASSWORD)).status())
                    .as("still slowed after a restart").isEqualTo(429);
            new ApiClient(again.port()).withHeader("X-Forwarded-For", "198.51.100.7").signIn(owner);

            // One address trying many emails is slowed before more passwords are hashed.
            ApiClient sprayer = new ApiClient(again.port()).withHeader("X-Forwarded-For", "192.0.2.44");
            int refusedAt = -1;
            for (int i = 0; i < 40 && refusedAt < 0; i++) {
                int status = sprayer.post("/api/signin", Map.of("email", "victim" + i + "@example.org",
                        "password", "guess")).status();
                if (status == 429) {
                    refusedAt = i;
                }
            }
            assertThat(refusedAt).isEqualTo(30);
        }
        // Without --trust-proxy the header is ignored: every request is from the peer address.
        try (ClinicServer direct = TestServers.start(data, db, 200L << 20, WebAccess.defaults().withOpenSignup(true))) {
            assertThat(new ApiClient(direct.port()).withHeader("X-Forwarded-For", "198.51.100.7")
                    .signIn(owner).get("/api/audit").json().get(0).get("address").asText()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void everythingUnderTheDataFolderIsTheServerAccountsAloneAndInterruptedUploadsAreCleared() throws Exception {
        Path data = dir.resolve("modes");
        Files.createDirectories(data.resolve("content"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(data.resolve("content").resolve("left-by-an-old-version"), "x");
        // Not the server's: a file the user keeps in the folder keeps its mode.
        Path usersOwn = Files.writeString(data.resolve("notes.txt"), "mine");
        Files.setPosixFilePermissions(usersOwn, PosixFilePermissions.fromString("rw-r--r--"));
        // What uploads cut off by a stop left behind: a partial content file and a multipart spool file.
        Path partial = Files.writeString(Files.createDirectories(data.resolve("content/incoming"))
                .resolve("upload-1.part"), "half");
        Path spooled = Files.writeString(Files.createDirectories(data.resolve("scratch/uploads"))
                .resolve("MultiPart1.tmp"), "half");
        try (ClinicServer server = TestServers.start(data, null, 200L << 20)) {
            assertThat(partial).doesNotExist();
            assertThat(spooled).doesNotExist();
            ApiClient a = new ApiClient(server.port()).signUp("modes@example.org");
            String client = a.post("/api/clients", Map.of()).json().get("id").asText();
            String job = a.upload(client, Map.of(), null, SimulatedRecordings.write(dir, "m.edf", 8, 8, Outcome.RESOLVED))
                    .json().get("job").get("id").asText();
            a.awaitJob(job, Duration.ofSeconds(120));
            List<Path> all;
            // SQLite removes its WAL and SHM files when the last connection closes: keep one open and writing.
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lacrima.db"));
                 java.sql.Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                st.executeUpdate("UPDATE clinicians SET display_name = display_name");
                c.commit();
                assertThat(data.resolve("lacrima.db-wal")).exists();
                assertThat(data.resolve("lacrima.db-shm")).exists();
                try (Stream<Path> walk = Files.walk(data)) {
                    all = walk.filter(p -> !p.equals(usersOwn)).toList();
                }
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(usersOwn))).isEqualTo("rw-r--r--");
                assertThat(all).hasSizeGreaterThan(6).allSatisfy(p -> assertThat(
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
