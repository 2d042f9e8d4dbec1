package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.export.fhir.EpisodeObservation;
import org.lacrima.app.export.fhir.FhirJson;
import org.lacrima.app.export.fhir.FhirValidation;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;

/** The FHIR export of a stored analysis, for its own clinician only. */
class SessionFhirRouteTest {
    @TempDir
    static Path dir;
    private static ClinicServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(dir.resolve("data"), null, 200L << 20);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theOwnerGetsAValidBundleWithTheStoredEpisodesAndOthersGetNothing() throws Exception {
        ApiClient owner = new ApiClient(server.port()).signUp("owner@example.org");
        String clientId = owner.post("/api/clients", Map.of("code", "F-7")).json().get("id").asText();
        Path recording = SimulatedRecordings.write(dir, "s.edf", 41, 25, Outcome.RESOLVED, Outcome.SUSTAINED);
        JsonNode created = owner.upload(clientId, Map.of(), null, recording).json();
        String sessionId = created.get("session").get("id").asText();
        JsonNode job = owner.awaitJob(created.get("job").get("id").asText(), Duration.ofSeconds(90));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");

        ApiClient.Response r = owner.get("/api/sessions/" + sessionId + "/fhir");

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Bundle bundle = FhirJson.context().newJsonParser().parseResource(Bundle.class, r.text());
        assertThat(FhirValidation.errors(bundle)).isEmpty();
        Patient patient = (Patient) bundle.getEntry().get(0).getResource();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("F-7");
        assertThat(patient.hasName()).isFalse();
        List<Episode> episodes = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast)
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("episode"))
                .map(EpisodeObservation::read).toList();
        JsonNode stored = owner.get("/api/sessions/" + sessionId + "/analysis").json().get("episodes");
        assertThat(episodes).hasSize(stored.size()).isNotEmpty();
        for (int k = 0; k < episodes.size(); k++) {
            assertThat(episodes.get(k).onsetSec()).isEqualTo(stored.get(k).get("onsetSec").asDouble());
            assertThat(episodes.get(k).outcome().jsonName()).isEqualTo(stored.get(k).get("outcome").asText());
        }

        ApiClient other = new ApiClient(server.port()).signUp("other@example.org");
        assertThat(other.get("/api/sessions/" + sessionId + "/fhir").status()).isEqualTo(404);
        assertThat(new ApiClient(server.port()).get("/api/sessions/" + sessionId + "/fhir").status()).isIn(401, 403);
    }
}
