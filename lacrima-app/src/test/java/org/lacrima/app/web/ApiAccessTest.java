package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.store.RandomIds;
import org.lacrima.app.store.TestDatabases;
import org.lacrima.app.store.TestDatabases.Kind;

/** The JSON API over real HTTP: sign-in, CSRF, origin checks and one clinician walled off from another. */
class ApiAccessTest {
    private static final Path DATA = Path.of(System.getProperty("lacrima.data.dir"));
    private static final Path HEADER = DATA.resolve("mitdb/100.hea");
    private static final Path SIGNAL = DATA.resolve("mitdb/100.dat");

    @TempDir
    static Path dir;
    private static ClinicServer sqliteServer;
    private static ClinicServer postgresServer;

    @BeforeAll
    static void start() throws Exception {
        sqliteServer = TestServers.start(dir.resolve("sqlite"), null, 200L << 20);
        postgresServer = TestServers.start(dir.resolve("pg"), TestServers.freshPostgresUrl(), 200L << 20);
    }

    @AfterAll
    static void stop() {
        sqliteServer.close();
        postgresServer.close();
    }

    private static int port(Kind kind) {
        return kind == Kind.SQLITE ? sqliteServer.port() : postgresServer.port();
    }

    @Test
    void anonymousRequestsAreRefused() {
        ApiClient anonymous = new ApiClient(sqliteServer.port());
        assertThat(anonymous.get("/api/clients").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/me").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/health").status()).isEqualTo(200);
        // A sign-up posted as a cross-site form would be: refused.
        ApiClient.Response form = anonymous.sendRaw(HttpRequest.newBuilder(anonymous.uri("/api/signup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@b.c&password=aaaaaaaaaaaa")));
        assertThat(form.status()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        ApiClient a = new ApiClient(sqliteServer.port());
        ApiClient.Response r = a.post("/api/signup", Map.of("email", "cookie@example.org", "password", "a long password"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.setCookie()).contains("lacrima_session=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(r.json().get("csrfToken").asText()).isNotBlank();
    }

    @Test
    void repeatedWrongPasswordsLockTheEmailForAWhile() {
        new ApiClient(sqliteServer.port()).signUp("guessed@example.org");
        ApiClient attacker = new ApiClient(sqliteServer.port());
        for (int i = 0; i < 10; i++) {
            assertThat(attacker.post("/api/signin", Map.of("email", "guessed@example.org", "password", "guess " + i))
                    .status()).isEqualTo(401);
        }
        ApiClient.Response locked = attacker.post("/api/signin",
                Map.of("email", "guessed@example.org", "password", "a long enough password"));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("error").asText()).contains("too many failed sign-ins");
    }

    @Test
    void stateChangingRequestsNeedTheCsrfTokenAndTheSameOrigin() {
        ApiClient a = new ApiClient(sqliteServer.port()).signUp("csrf@example.org");
        HttpRequest.Builder noToken = HttpRequest.newBuilder(a.uri("/api/clients"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(a.sendRaw(noToken).status()).isEqualTo(403);
        HttpRequest.Builder wrongToken = HttpRequest.newBuilder(a.uri("/api/clients")).header("X-CSRF-Token", "guess")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(a.sendRaw(wrongToken).status()).isEqualTo(403);
        HttpRequest.Builder foreignOrigin = HttpRequest.newBuilder(a.uri("/api/clients"))
                .header("X-CSRF-Token", a.csrf()).header("Origin", "http://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(a.sendRaw(foreignOrigin).status()).isEqualTo(403);
        assertThat(a.get("/api/clients").json()).isEmpty();

        assertThat(a.post("/api/clients", Map.of("code", "K-9")).status()).isEqualTo(201);
        assertThat(a.post("/api/signout", Map.of()).status()).isEqualTo(204);
        assertThat(a.get("/api/clients").status()).isEqualTo(401);
    }

    /**
     * An upload to a client that is not the sender's is answered 404, every time: refused before its 2 MB were read, the
     * body was still being sent when the server closed the connection, and now and then the sender saw a broken pipe
     * instead of the answer.
     */
    @Test
    void anUploadToSomeoneElsesClientIsAnsweredNotCutOff() {
        ApiClient a = new ApiClient(sqliteServer.port()).signUp("owner-upload@example.org");
        ApiClient b = new ApiClient(sqliteServer.port()).signUp("other-upload@example.org");
        String clientId = a.post("/api/clients", Map.of("code", "U-1")).json().get("id").asText();
        for (int i = 0; i < 20; i++) {
            assertThat(b.upload(clientId, Map.of(), null, HEADER, SIGNAL).status()).as("attempt %d", i).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSecondClinicianCanNeitherSeeNorFetchNorChangeTheFirstOnesRecords(Kind kind) throws Exception {
        ApiClient a = new ApiClient(port(kind)).signUp("first-" + kind + "@example.org");
        ApiClient b = new ApiClient(port(kind)).signUp("second-" + kind + "@example.org");
        String clientId = a.post("/api/clients", Map.of("code", "A-1")).json().get("id").asText();
        JsonNode created = a.upload(clientId, Map.of("distressBefore", "7"), null, HEADER, SIGNAL).json();
        String sessionId = created.get("session").get("id").asText();
        String jobId = created.get("job").get("id").asText();
        JsonNode detail = a.get("/api/sessions/" + sessionId).json();
        String fileId = detail.get("files").get(0).get("id").asText();
        String eventId = a.post("/api/sessions/" + sessionId + "/events",
                Map.of("onsetSec", 60, "kind", "intervention", "label", "breathing")).json().get("id").asText();

        assertThat(b.get("/api/clients").json()).isEmpty();
        assertThat(b.get("/api/jobs").json()).isEmpty();
        Map<String, String> event = Map.of("onsetSec", "5", "kind", "topic", "label", "x");
        List<ApiClient.Response> attempts = List.of(
                b.get("/api/clients/" + clientId), b.get("/api/clients/" + clientId + "/history"),
                b.get("/api/clients/" + clientId + "/sessions"), b.patch("/api/clients/" + clientId, Map.of("note", "x")),
                b.upload(clientId, Map.of(), null, HEADER, SIGNAL),
                b.get("/api/sessions/" + sessionId), b.get("/api/sessions/" + sessionId + "/analysis"),
                b.patch("/api/sessions/" + sessionId, Map.of("notes", "x")),
                b.post("/api/sessions/" + sessionId + "/analyze", Map.of()),
                b.get("/api/sessions/" + sessionId + "/events"), b.post("/api/sessions/" + sessionId + "/events", event),
                b.put("/api/sessions/" + sessionId + "/events/" + eventId, event),
                b.delete("/api/sessions/" + sessionId + "/events/" + eventId),
                b.get("/api/sessions/" + sessionId + "/files/" + fileId), b.get("/api/jobs/" + jobId),
                // Guessed ids find nothing either.
                b.get("/api/clients/" + RandomIds.id()), b.get("/api/sessions/" + RandomIds.id()),
                b.get("/api/jobs/" + RandomIds.id()), b.get("/api/sessions/1"), b.get("/api/clients/1"));
        assertThat(attempts).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(404));

        // The first clinician's records are untouched, and the original bytes come back unchanged.
        assertThat(a.get("/api/clients/" + clientId).json().get("note").asText()).isEmpty();
        assertThat(a.get("/api/sessions/" + sessionId + "/events").json()).hasSize(1);
        assertThat(a.get("/api/clients/" + clientId + "/sessions").json()).hasSize(1);
        ApiClient.Response file = a.get("/api/sessions/" + sessionId + "/files/" + fileId);
        assertThat(file.status()).isEqualTo(200);
        String name = detail.get("files").get(0).get("fileName").asText();
        assertThat(sha256(file.body())).isEqualTo(sha256(Files.readAllBytes(DATA.resolve("mitdb").resolve(name))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUploadOverTheLimitIsRefusedWithAClearMessageAndLeavesAFailedJob(Kind kind) throws Exception {
        Path data = dir.resolve("small-" + kind);
        try (ClinicServer small = TestServers.start(data, kind == Kind.SQLITE ? null : TestServers.freshPostgresUrl(),
                1L << 20)) {
            ApiClient a = new ApiClient(small.port()).signUp("big@example.org");
            String clientId = a.post("/api/clients", Map.of()).json().get("id").asText();
            // Just over the limit: the servlet container stops the part at the limit.
            ApiClient.Response r = a.upload(clientId, Map.of(), null, HEADER, SIGNAL);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").asText()).contains("limit of 1 MB").contains("nothing was stored");
            // Far over the limit: refused from the declared length after reading only the part headers.
            Path huge = data.resolve("huge recording.edf");
            try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(3L << 20);
            }
            ApiClient.Response far = a.upload(clientId, Map.of("title", "Week 9"), null, huge);
            assertThat(far.status()).isEqualTo(413);
            String reason = far.json().get("error").asText();
            assertThat(reason).isEqualTo("huge recording.edf: 3.1 MB is larger than the limit of 1 MB; nothing was stored");

            // Each refusal is a session without files whose only job failed, saying why.
            JsonNode history = a.get("/api/clients/" + clientId + "/history").json().get("sessions");
            assertThat(history).hasSize(2);
            assertThat(history).allSatisfy(s -> assertThat(s.get("latestJobState").asText()).isEqualTo("failed"));
            assertThat(history.findValuesAsText("latestJobMessage")).contains(reason)
                    .allSatisfy(m -> assertThat(m).contains("larger than the limit of 1 MB"));
            assertThat(history.findValuesAsText("title")).contains("huge recording.edf");
            for (JsonNode s : history) {
                String sessionId = s.get("sessionId").asText();
                assertThat(a.get("/api/sessions/" + sessionId).json().get("files")).isEmpty();
                assertThat(a.post("/api/sessions/" + sessionId + "/analyze", Map.of()).status()).isEqualTo(400);
            }
            try (var files = Files.walk(data.resolve("content"))) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }

            // What the page reports when it refuses to send a file: recorded the same way, and checked.
            ApiClient.Response reported = a.post("/api/clients/" + clientId + "/refused-uploads",
                    Map.of("fileName", "scan.edf", "sizeBytes", 327_155_712L));
            assertThat(reported.status()).isEqualTo(201);
            assertThat(reported.json().get("job").get("message").asText())
                    .isEqualTo("scan.edf: 312 MB is larger than the limit of 1 MB; nothing was stored");
            assertThat(a.post("/api/clients/" + clientId + "/refused-uploads",
                    Map.of("fileName", "small.edf", "sizeBytes", 1000)).status()).isEqualTo(400);
            ApiClient b = new ApiClient(small.port()).signUp("other@example.org");
            assertThat(b.post("/api/clients/" + clientId + "/refused-uploads",
                    Map.of("fileName", "x.edf", "sizeBytes", 5L << 20)).status()).isEqualTo(404);
            assertThat(a.get("/api/clients/" + clientId + "/sessions").json()).hasSize(3);
            assertThat(a.get("/api/health").status()).isEqualTo(200);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
