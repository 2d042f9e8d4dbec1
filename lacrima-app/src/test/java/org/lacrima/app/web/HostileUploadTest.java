package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.app.store.TestDatabases;
import org.lacrima.app.store.TestDatabases.Kind;
import org.lacrima.core.episode.Outcome;

/**
 * Issue 11's crafted uploads through the web app, on SQLite and PostgreSQL, against a server in its
 * own JVM with a 512 MB heap: each fails alone with a one-line reason, nothing of another clinician's
 * stored file reaches the uploader, and the other clinician's next analysis still completes.
 */
class HostileUploadTest {
    private static final String SECRET = "TOP-SECRET-NOTE-of-clinician-B";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hostileUploadsFailAloneAndLeakNothingWhileTheNextClinicianIsServed(Kind kind) throws Exception {
        Path data = dir.resolve("data");
        List<String> extra = new ArrayList<>();
        Map<String, String> env = Map.of();
        if (kind == Kind.POSTGRESQL) {
            extra.addAll(List.of("--database", TestServers.freshPostgresUrl(), "--database-user", TestDatabases.PG_USER));
            env = Map.of("LACRIMA_DB_PASSWORD", TestDatabases.PG_PASSWORD);
        }
        try (ChildServer server = ChildServer.start(data, "512m", env, extra.toArray(String[]::new))) {
            // Clinician B: a recording, an events file holding a secret, a client note holding it too.
            ApiClient b = new ApiClient(server.port()).signUp("b-" + kind + "@example.org");
            String bClient = b.post("/api/clients", Map.of("code", "B-1", "note", SECRET)).json().get("id").asText();
            Path events = Files.writeString(dir.resolve("events.csv"), "onset,label\n60," + SECRET + "\n");
            Path normal = SimulatedRecordings.write(dir, "normal.edf", 5, 10, Outcome.RESOLVED);
            JsonNode first = b.upload(bClient, Map.of(), events, normal).json();
            String sessionB = first.get("session").get("id").asText();
            assertThat(b.awaitJob(first.get("job").get("id").asText(), Duration.ofSeconds(120)).get("state").asText())
                    .isEqualTo("done");
            String sha = null;
            for (JsonNode f : b.get("/api/sessions/" + sessionB).json().get("files")) {
                if (f.get("role").asText().equals("events")) {
                    sha = f.get("sha256").asText();
                }
            }
            Path stolen = data.resolve("content").resolve(sha.substring(0, 2)).resolve(sha).toAbsolutePath();
            assertThat(Files.readString(stolen)).contains(SECRET);

            // Clinician A uploads the crafted files, one session each.
            Path craft = dir.resolve("craft");
            Map<String, Path> hostile = new LinkedHashMap<>();
            hostile.put("absolute signal path", HostileFiles.wfdbHeader(craft.resolve("abs"), "abs", stolen.toString(), 32));
            hostile.put("../ signal path", HostileFiles.wfdbHeader(craft.resolve("rel"), "rel",
                    "../../../../content/" + sha.substring(0, 2) + "/" + sha, 32));
            hostile.put("zip member ../", HostileFiles.e4ZipWithClimbingMember(craft.resolve("slip")));
            hostile.put("long-duration EDF", HostileFiles.longDurationEdf(craft.resolve("long"), 440, 100000, 1000));
            hostile.put("decompression bomb", HostileFiles.e4Bomb(craft.resolve("bomb"), 400));
            ApiClient a = new ApiClient(server.port()).signUp("a-" + kind + "@example.org");
            String aClient = a.post("/api/clients", Map.of("code", "A-1")).json().get("id").asText();
            Map<String, String> jobs = new LinkedHashMap<>();
            for (var h : hostile.entrySet()) {
                JsonNode created = a.upload(aClient, Map.of("title", h.getKey()), null, h.getValue()).json();
                jobs.put(h.getKey(), created.get("job").get("id").asText());
            }
            // B's next upload queues behind all of them, and still completes.
            JsonNode next = b.upload(bClient, Map.of(), null, SimulatedRecordings.write(dir, "next.edf", 6, 15,
                    Outcome.SUSTAINED)).json();

            List<String> seenByA = new ArrayList<>();
            for (var j : jobs.entrySet()) {
                JsonNode job = a.awaitJob(j.getValue(), Duration.ofSeconds(180));
                String message = job.path("message").asText();
                System.out.println("hostile upload (" + kind + ") " + j.getKey() + ": " + job.get("state").asText()
                        + ": " + message);
                assertThat(job.get("state").asText()).as(j.getKey() + ": " + job).isEqualTo("failed");
                assertThat(message).as(j.getKey()).isNotBlank().doesNotContain("\n")
                        .doesNotContainPattern("[A-Z]\\w+(Exception|Error)\\b").doesNotContain("at org.")
                        .doesNotContain(data.toAbsolutePath().toString()).doesNotContain(SECRET);
                String session = job.get("sessionId").asText();
                assertThat(a.get("/api/sessions/" + session + "/analysis").status()).isEqualTo(404);
                seenByA.add(a.get("/api/sessions/" + session).text());
                seenByA.add(job.toString());
            }
            seenByA.add(a.get("/api/clients/" + aClient + "/history").text());
            seenByA.add(a.get("/api/jobs").text());
            assertThat(seenByA).allSatisfy(text -> assertThat(text).doesNotContain(SECRET));

            JsonNode bJob = b.awaitJob(next.get("job").get("id").asText(), Duration.ofSeconds(180));
            assertThat(bJob.get("state").asText()).as(bJob + "\n" + server.output()).isEqualTo("done");
            assertThat(b.get("/api/health").json().get("status").asText()).isEqualTo("ok");
            assertThat(server.process().isAlive()).isTrue();
            assertThat(server.output()).doesNotContain(SECRET);
        }
    }
}
