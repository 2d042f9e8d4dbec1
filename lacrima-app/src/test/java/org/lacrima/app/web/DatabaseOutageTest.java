package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.store.TestDatabases;
import org.lacrima.core.episode.Outcome;

/**
 * PostgreSQL goes away while an analysis runs (a relay in between is cut): calls fail fast with 503,
 * {@code /api/health} says the database is unreachable, and when it is back the interrupted job is put
 * back in the queue and completes.
 */
class DatabaseOutageTest {
    @TempDir
    Path dir;

    @Test
    void anOutageFailsFastIsReportedAndTheRunningJobCompletesAfterwards() throws Exception {
        URI pg = URI.create(TestDatabases.PG_URL.substring("jdbc:".length()));
        try (TcpRelay relay = new TcpRelay(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort())) {
            String url = "jdbc:postgresql://127.0.0.1:" + relay.port() + pg.getPath() + "?currentSchema="
                    + TestDatabases.freshPostgresSchema();
            ServerOptions options = ServerOptions.defaults(dir.resolve("data"), 0).withBcryptCost(4)
                    .withDatabase(url, TestDatabases.PG_USER, TestDatabases.PG_PASSWORD)
                    .withTestAnalysisDelayMillis(3000).withAccess(WebAccess.defaults().withOpenSignup(true));
            try (ClinicServer server = ClinicServer.start(options, TestServers.analyzer())) {
                ApiClient api = new ApiClient(server.port()).signUp("outage@example.org");
                String client = api.post("/api/clients", Map.of()).json().get("id").asText();
                String job = api.upload(client, Map.of(), null,
                        SimulatedRecordings.write(dir, "outage.edf", 9, 8, Outcome.RESOLVED)).json()
                        .get("job").get("id").asText();
                for (int i = 0; i < 100 && !api.get("/api/jobs/" + job).json().get("state").asText().equals("running"); i++) {
                    Thread.sleep(100);
                }

                relay.cut();
                long start = System.nanoTime();
                ApiClient.Response health = api.get("/api/health");
                long healthMillis = (System.nanoTime() - start) / 1_000_000;
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("database").asText()).isEqualTo("unreachable");
                ApiClient.Response clients = api.get("/api/clients");
                assertThat(clients.status()).isEqualTo(503);
                assertThat(clients.json().get("error").asText()).contains("database is unreachable");
                System.out.println("health answered in " + healthMillis + " ms during the outage");
                assertThat(healthMillis).as("fails fast, not after the 30 s default").isLessThan(20_000);
                Thread.sleep(4000); // the analysis finishes meanwhile and cannot save

                relay.restore();
                for (int i = 0; i < 100 && api.get("/api/health").status() != 200; i++) {
                    Thread.sleep(100);
                }
                JsonNode done = api.awaitJob(job, Duration.ofSeconds(120));
                assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
                assertThat(api.get("/api/health").json().get("status").asText()).isEqualTo("ok");
            }
        }
    }
}
