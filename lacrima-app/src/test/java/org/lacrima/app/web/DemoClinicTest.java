package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.demo.DemoClinic;

/** {@code serve --demo}: a newcomer signs in and finds a client whose sessions are analysed. */
class DemoClinicTest {
    @TempDir
    Path dir;

    @Test
    void theDemoClinicianFindsAnAnalysedCourseOfSessions() throws Exception {
        try (ClinicServer server = TestServers.start(dir, null, 200L << 20)) {
            assertThat(server.seedDemo()).isTrue();
            assertThat(server.seedDemo()).as("seeding twice adds nothing").isFalse();

            ApiClient demo = new ApiClient(server.port()).signIn(DemoClinic.EMAIL, DemoClinic.PASSWORD);
            JsonNode clients = demo.get("/api/clients").json();
            assertThat(clients).hasSize(1);
            String clientId = clients.get(0).get("id").asText();
            for (int i = 0; i < 600 && demo.get("/api/jobs").json().size() > 0; i++) {
                Thread.sleep(200);
            }
            JsonNode sessions = demo.get("/api/clients/" + clientId + "/history").json().get("sessions");
            assertThat(sessions).hasSize(DemoClinic.COURSE.size());
            List<Integer> before = new ArrayList<>();
            for (JsonNode s : sessions) {
                assertThat(s.get("latestJobState").asText()).as(s.toString()).isEqualTo("done");
                assertThat(s.get("episodes")).as("episodes found in %s", s.get("title")).isNotEmpty();
                before.add(s.get("distressBefore").asInt());
            }
            assertThat(before).isEqualTo(DemoClinic.COURSE.stream().map(DemoClinic.Plan::distressBefore).toList());
        }
    }
}
