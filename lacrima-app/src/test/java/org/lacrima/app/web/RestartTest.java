package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.episode.Outcome;

/**
 * The server killed with SIGKILL in the middle of an analysis loses nothing: after a restart on the
 * same data folder the job is picked up again and completes, and the upload is byte for byte intact.
 */
class RestartTest {
    @TempDir
    Path dir;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aJobInterruptedBySigkillCompletesAfterARestartAndTheUploadIsIntact() throws Exception {
        Path data = dir.resolve("data");
        Path recording = SimulatedRecordings.write(dir, "killed.edf", 11, 12, Outcome.RESOLVED);

        // 1. A server whose analyses take a minute, so one is surely running when it is killed.
        ServerProcess first = startServer(data, "--test-analysis-delay-ms", "60000");
        ApiClient api = new ApiClient(first.port()).signUp("restart@example.org");
        String clientId = api.post("/api/clients", Map.of()).json().get("id").asText();
        JsonNode created = api.upload(clientId, Map.of(), null, recording).json();
        String sessionId = created.get("session").get("id").asText();
        String jobId = created.get("job").get("id").asText();
        awaitState(api, jobId, "running");

        first.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).isEqualTo(137);

        // 2. The same data folder, normal speed: the interrupted job is queued again and finishes.
        ServerProcess second = startServer(data);
        ApiClient again = new ApiClient(second.port()).signIn("restart@example.org");
        JsonNode job = again.awaitJob(jobId, Duration.ofSeconds(90));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(again.get("/api/sessions/" + sessionId + "/analysis").status()).isEqualTo(200);

        JsonNode file = again.get("/api/sessions/" + sessionId).json().get("files").get(0);
        ApiClient.Response bytes = again.get("/api/sessions/" + sessionId + "/files/" + file.get("id").asText());
        String expected = ApiAccessTest.sha256(Files.readAllBytes(recording));
        assertThat(file.get("sha256").asText()).isEqualTo(expected);
        assertThat(ApiAccessTest.sha256(bytes.body())).isEqualTo(expected);
        // The killed job's scratch files were cleared on restart; the finished one removed its own.
        try (var left = Files.list(data.resolve("scratch").resolve("jobs"))) {
            assertThat(left).isEmpty();
        }
    }

    private static void awaitState(ApiClient api, String jobId, String state) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (api.get("/api/jobs/" + jobId).json().get("state").asText().equals(state)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " never reached " + state);
    }

    private ServerProcess startServer(Path data, String... extra) throws IOException {
        ServerProcess p = ServerProcess.start(data, extra);
        processes.add(p.process());
        return p;
    }
}
