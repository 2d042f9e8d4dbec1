package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.store.TestDatabases.Kind;
import org.lacrima.core.episode.Outcome;

/**
 * A clinician's data over real HTTP on SQLite and PostgreSQL: storage quota, deletion of a session,
 * a client and the account (records and files gone, other clients' files kept), export of one client
 * as a zip, the audit log, and clean 400s for NUL characters and a {@code null} body.
 */
class ClientDataTest {
    @TempDir
    Path dir;

    private ClinicServer start(Kind kind, Path data, long quotaBytes) throws IOException {
        return TestServers.start(data, kind == Kind.SQLITE ? null : TestServers.freshPostgresUrl(), 200L << 20,
                WebAccess.defaults().withOpenSignup(true).withQuotaBytes(quotaBytes));
    }

    private static String clientOf(ApiClient api, String code) {
        return api.post("/api/clients", Map.of("code", code)).json().get("id").asText();
    }

    private static long storedFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("content"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("incoming")).count();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUploadBeyondTheQuotaIsRefusedWithAClearMessageAndNothingIsStored(Kind kind) throws Exception {
        Path recording = SimulatedRecordings.write(dir, "week1.edf", 1, 8, Outcome.RESOLVED);
        long size = Files.size(recording);
        Path data = dir.resolve("quota-" + kind);
        try (ClinicServer server = start(kind, data, size + size / 2)) {
            ApiClient a = new ApiClient(server.port()).signUp("quota@example.org");
            String client = clientOf(a, "Q-1");
            assertThat(a.upload(client, Map.of(), null, recording).status()).isEqualTo(201);
            ApiClient.Response refused = a.upload(client, Map.of(), null,
                    SimulatedRecordings.write(dir, "week2.edf", 2, 8, Outcome.RESOLVED));
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.json().get("error").asText()).startsWith("storage quota reached")
                    .contains("nothing was stored").contains("Delete sessions");
            assertThat(storedFiles(data)).isEqualTo(1);
            // Another account has its own quota.
            ApiClient b = new ApiClient(server.port()).signUp("quota-b@example.org");
            assertThat(b.upload(clientOf(b, "Q-2"), Map.of(), null, recording).status()).isEqualTo(201);
        }
    }

    @Test
    void anUploadOverTheQuotaIsAnsweredNotCutOff() throws Exception {
        // Large enough that the body is still on its way when an unread refusal would close the connection.
        Path recording = SimulatedRecordings.write(dir, "long.edf", 5, 60, Outcome.RESOLVED);
        Path data = dir.resolve("quota-answered");
        try (ClinicServer server = start(Kind.SQLITE, data, Files.size(recording) / 2)) {
            ApiClient a = new ApiClient(server.port()).signUp("quota-answered@example.org");
            String client = clientOf(a, "Q-3");
            for (int i = 0; i < 20; i++) {
                ApiClient.Response refused = a.upload(client, Map.of(), null, recording);
                assertThat(refused.status()).as("attempt %d", i).isEqualTo(413);
                assertThat(refused.json().get("error").asText()).startsWith("storage quota reached");
            }
            assertThat(storedFiles(data)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingASessionAClientAndTheAccountRemovesRecordsAndFilesNothingElseUses(Kind kind) throws Exception {
        Path shared = SimulatedRecordings.write(dir, "shared.edf", 3, 8, Outcome.RESOLVED);
        Path own = SimulatedRecordings.write(dir, "own.edf", 4, 15, Outcome.SUSTAINED);
        Path data = dir.resolve("delete-" + kind);
        try (ClinicServer server = start(kind, data, 1L << 30)) {
            ApiClient a = new ApiClient(server.port()).signUp("delete@example.org");
            String doomed = clientOf(a, "D-1");
            String kept = clientOf(a, "D-2");
            JsonNode s1 = a.upload(doomed, Map.of(), null, shared).json();
            JsonNode s2 = a.upload(doomed, Map.of(), null, own).json();
            JsonNode s3 = a.upload(kept, Map.of(), null, shared).json();
            for (JsonNode s : List.of(s1, s2, s3)) {
                a.awaitJob(s.get("job").get("id").asText(), Duration.ofSeconds(120));
            }
            String eventSession = s2.get("session").get("id").asText();
            a.post("/api/sessions/" + eventSession + "/events", Map.of("onsetSec", 30, "kind", "topic", "label", "x"));
            assertThat(storedFiles(data)).isEqualTo(2);

            // A session: its records go; its file stays while another session uses it.
            String first = s1.get("session").get("id").asText();
            assertThat(a.delete("/api/sessions/" + first).status()).isEqualTo(204);
            assertThat(a.get("/api/sessions/" + first).status()).isEqualTo(404);
            assertThat(a.get("/api/jobs/" + s1.get("job").get("id").asText()).status()).isEqualTo(404);
            assertThat(storedFiles(data)).isEqualTo(2);

            // Another clinician cannot delete anything of A's.
            ApiClient b = new ApiClient(server.port()).signUp("other-delete@example.org");
            assertThat(b.delete("/api/clients/" + doomed).status()).isEqualTo(404);
            assertThat(b.delete("/api/sessions/" + eventSession).status()).isEqualTo(404);

            // A client with everything under it: the file only it used is removed, the shared one kept.
            assertThat(a.delete("/api/clients/" + doomed).status()).isEqualTo(204);
            assertThat(a.get("/api/clients/" + doomed).status()).isEqualTo(404);
            assertThat(a.get("/api/sessions/" + eventSession).status()).isEqualTo(404);
            assertThat(a.get("/api/clients").json()).hasSize(1);
            assertThat(storedFiles(data)).isEqualTo(1);
            String keptSession = s3.get("session").get("id").asText();
            assertThat(a.get("/api/sessions/" + keptSession + "/analysis").status()).isEqualTo(200);
            String fileId = a.get("/api/sessions/" + keptSession).json().get("files").get(0).get("id").asText();
            assertThat(a.get("/api/sessions/" + keptSession + "/files/" + fileId).body())
                    .isEqualTo(Files.readAllBytes(shared));

            // The account: confirmed with the password; afterwards nothing of it is left.
            assertThat(a.sendRaw(java.net.http.HttpRequest.newBuilder(a.uri("/api/me"))
                    .header("X-CSRF-Token", a.csrf()).header("Content-Type", "application/json")
                    .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString("{\"password\":\"wrong password\"}")))
                    .status()).isEqualTo(400);
            assertThat(a.sendRaw(java.net.http.HttpRequest.newBuilder(a.uri("/api/me"))
                    .header("X-CSRF-Token", a.csrf()).header("Content-Type", "application/json")
                    .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"password\":\"a long enough password\"}"))).status()).isEqualTo(204);
            assertThat(a.get("/api/me").status()).isEqualTo(401);
            assertThat(new ApiClient(server.port()).post("/api/signin",
                    Map.of("email", "delete@example.org", "password", "a long enough password")).status()).isEqualTo(401);
            assertThat(storedFiles(data)).isZero();
        }
    }

    /** Stored files no record refers to (a crash between a deletion's commit and its file removal) go at start. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void storedFilesNoRecordRefersToAreRemovedAtStart(Kind kind) throws Exception {
        Path data = dir.resolve("sweep-" + kind);
        String db = kind == Kind.SQLITE ? null : TestServers.freshPostgresUrl();
        WebAccess open = WebAccess.defaults().withOpenSignup(true);
        Path recording = SimulatedRecordings.write(dir, "kept.edf", 10, 8, Outcome.RESOLVED);
        try (ClinicServer server = TestServers.start(data, db, 200L << 20, open)) {
            ApiClient a = new ApiClient(server.port()).signUp("sweep@example.org");
            a.upload(clientOf(a, "S-1"), Map.of(), null, recording);
        }
        String stray = "ab" + "0".repeat(62);
        Path strayFile = Files.writeString(Files.createDirectories(data.resolve("content/ab")).resolve(stray), "left");
        assertThat(storedFiles(data)).isEqualTo(2);
        try (ClinicServer again = TestServers.start(data, db, 200L << 20, open)) {
            assertThat(strayFile).doesNotExist();
            assertThat(storedFiles(data)).isEqualTo(1);
            ApiClient a = new ApiClient(again.port()).signIn("sweep@example.org");
            String session = a.get("/api/clients").json().get(0).get("id").asText();
            String sessionId = a.get("/api/clients/" + session + "/sessions").json().get(0).get("id").asText();
            String fileId = a.get("/api/sessions/" + sessionId).json().get("files").get(0).get("id").asText();
            assertThat(a.get("/api/sessions/" + sessionId + "/files/" + fileId).body()).isEqualTo(Files.readAllBytes(recording));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneClientsDataIsExportedAsAZipAndEveryAccessIsInTheOwnersAuditLog(Kind kind) throws Exception {
        Path recording = SimulatedRecordings.write(dir, "export.edf", 5, 8, Outcome.RESOLVED);
        try (ClinicServer server = start(kind, dir.resolve("export-" + kind), 1L << 30)) {
            ApiClient a = new ApiClient(server.port()).signUp("export@example.org");
            String client = clientOf(a, "E-1");
            JsonNode created = a.upload(client, Map.of("title", "Week 1"), null, recording).json();
            String session = created.get("session").get("id").asText();
            a.awaitJob(created.get("job").get("id").asText(), Duration.ofSeconds(120));
            a.post("/api/sessions/" + session + "/events", Map.of("onsetSec", 90, "kind", "intervention",
                    "label", "breathing"));
            a.patch("/api/clients/" + client, Map.of("note", "exported for a data-access request"));
            a.get("/api/sessions/" + session);

            ApiClient.Response zip = a.get("/api/clients/" + client + "/export");
            assertThat(zip.status()).isEqualTo(200);
            Map<String, byte[]> entries = unzip(zip.body());
            assertThat(entries).containsKeys("client.json", "sessions/001-Week_1/session.json",
                    "sessions/001-Week_1/events.json", "sessions/001-Week_1/analysis.json",
                    "sessions/001-Week_1/files/export.edf");
            assertThat(entries.get("sessions/001-Week_1/files/export.edf")).isEqualTo(Files.readAllBytes(recording));
            assertThat(ApiClient.JSON.readTree(entries.get("client.json")).get("client").get("note").asText())
                    .isEqualTo("exported for a data-access request");
            assertThat(ApiClient.JSON.readTree(entries.get("sessions/001-Week_1/events.json")).get(0).get("label")
                    .asText()).isEqualTo("breathing");
            assertThat(ApiClient.JSON.readTree(entries.get("sessions/001-Week_1/analysis.json")).has("episodes")).isTrue();

            ApiClient b = new ApiClient(server.port()).signUp("export-b@example.org");
            assertThat(b.get("/api/clients/" + client + "/export").status()).isEqualTo(404);

            JsonNode audit = a.get("/api/audit").json();
            List<String> actions = audit.findValuesAsText("action");
            assertThat(actions).contains("created", "uploaded", "changed", "viewed", "exported", "signed up");
            assertThat(audit).allSatisfy(e -> assertThat(e.get("address").asText()).isEqualTo("127.0.0.1"));
            JsonNode newest = audit.get(0);
            assertThat(newest.get("action").asText()).isEqualTo("exported");
            assertThat(newest.get("targetId").asText()).isEqualTo(client);
            assertThat(b.get("/api/audit").json().findValuesAsText("targetId")).doesNotContain(client, session);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nulCharactersANullBodyAndWrongJsonGetPlain400s(Kind kind) throws Exception {
        try (ClinicServer server = start(kind, dir.resolve("bad-" + kind), 1L << 30)) {
            ApiClient a = new ApiClient(server.port()).signUp("nul@example.org");
            String client = clientOf(a, "N-1");
            List<ApiClient.Response> bad = List.of(
                    a.post("/api/clients", Map.of("code", "N\u00002")),
                    a.patch("/api/clients/" + client, Map.of("note", "before\u0000after")),
                    a.post("/api/clients", "null"), a.patch("/api/clients/" + client, "null"),
                    a.post("/api/clients", "{\"code\": {\"nested\": 1}}"), a.post("/api/clients", "{not json"),
                    a.upload(client, Map.of("notes", "a\u0000b"), null,
                            SimulatedRecordings.write(dir, "nul-" + kind + ".edf", 6, 8, Outcome.RESOLVED)));
            assertThat(bad).allSatisfy(r -> {
                assertThat(r.status()).as(r.toString()).isEqualTo(400);
                assertThat(r.json().get("error").asText()).as(r.toString()).doesNotContain("$").doesNotContain("org.")
                        .doesNotContain("lacrima").doesNotContainPattern("[A-Z]\\w+(Exception|Error)");
            });
            assertThat(bad.get(0).json().get("error").asText()).contains("NUL");
            assertThat(bad.get(2).json().get("error").asText()).contains("JSON object");
            assertThat(a.get("/api/clients").json()).hasSize(1);
            assertThat(a.get("/api/clients/" + client).json().get("note").asText()).isEmpty();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
