package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.episode.Outcome;

/** Uploads, analysis, re-analysis with other settings, and files that are not what they claim. */
class SessionAnalysisApiTest {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path dir;
    private static ClinicServer server;
    private static Path simulated;
    private static ApiClient api;
    private static String clientId;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(dir.resolve("data"), null, 200L << 20);
        simulated = SimulatedRecordings.write(dir, "session.edf", 31, 16, Outcome.RESOLVED);
        api = new ApiClient(server.port()).signUp("analyst@example.org");
        clientId = api.post("/api/clients", Map.of("code", "R-1")).json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reanalysisUsesTheChosenBaselineAndTheEventsTheClinicianMarked() throws Exception {
        Path events = dir.resolve("events.csv");
        Files.writeString(events, "onset,label\n60,topic: mother\n");
        JsonNode created = api.upload(clientId, Map.of("distressBefore", "6", "distressAfter", "2"), events, simulated)
                .json();
        String sessionId = created.get("session").get("id").asText();
        JsonNode first = api.awaitJob(created.get("job").get("id").asText(), JOB_TIMEOUT);
        assertThat(first.get("state").asText()).as(first.toString()).isEqualTo("done");
        JsonNode automatic = api.get("/api/sessions/" + sessionId + "/analysis").json();
        assertThat(automatic.get("baseline").get("automatic").asBoolean()).isTrue();
        assertThat(labels(automatic)).contains("topic: mother");
        assertThat(automatic.get("episodes")).isNotEmpty();
        assertThat(automatic.get("series")).isNotEmpty();

        assertThat(api.post("/api/sessions/" + sessionId + "/events",
                Map.of("onsetSec", 300, "kind", "intervention", "label", "grounding exercise")).status()).isEqualTo(201);
        ApiClient.Response rerun = api.post("/api/sessions/" + sessionId + "/analyze",
                Map.of("baselineStartSec", 0, "baselineEndSec", 150, "interventionLabels", List.of("grounding")));
        assertThat(rerun.status()).isEqualTo(202);
        JsonNode second = api.awaitJob(rerun.json().get("id").asText(), JOB_TIMEOUT);
        assertThat(second.get("state").asText()).as(second.toString()).isEqualTo("done");
        assertThat(second.get("settings").get("interventionLabels").get(0).asText()).isEqualTo("grounding");

        JsonNode chosen = api.get("/api/sessions/" + sessionId + "/analysis").json();
        assertThat(chosen.get("baseline").get("automatic").asBoolean()).isFalse();
        assertThat(chosen.get("baseline").get("startSec").asDouble()).isEqualTo(0.0);
        assertThat(chosen.get("baseline").get("endSec").asDouble()).isEqualTo(150.0);
        // the marked intervention reaches the analysis as an event of that kind, its label as written
        assertThat(labels(chosen)).contains("topic: mother", "grounding exercise");
        assertThat(chosen.get("events")).anySatisfy(e -> {
            assertThat(e.get("label").asText()).isEqualTo("grounding exercise");
            assertThat(e.get("kind").asText()).isEqualTo("intervention");
        });
        // an uploaded events file without kinds: the kind is read from the label, as before
        assertThat(chosen.get("events")).anySatisfy(e -> {
            assertThat(e.get("label").asText()).isEqualTo("topic: mother");
            assertThat(e.get("kind").asText()).isEqualTo("note");
        });
        JsonNode detail = api.get("/api/sessions/" + sessionId).json();
        assertThat(detail.get("jobs")).hasSize(2);
        assertThat(detail.get("analysis").get("jobId").asText()).isEqualTo(second.get("id").asText());
        assertThat(detail.get("session").get("distressAfter").asInt()).isEqualTo(2);
    }

    static Stream<List<Path>> realRecordings() throws IOException {
        Path data = Path.of(System.getProperty("lacrima.data.dir"));
        List<Path> e4Folder;
        try (Stream<Path> files = Files.list(data.resolve("wesad-e4/S2/S2_E4_Data"))) {
            e4Folder = files.sorted().toList();
        }
        return Stream.of(e4Folder, List.of(data.resolve("neurokit/bio_resting_8min_100hz.csv")),
                List.of(data.resolve("polar-h10/ethan_Harness_60_RR_1.txt")),
                List.of(data.resolve("noneeg/Subject1_AccTempEDA.hea"), data.resolve("noneeg/Subject1_AccTempEDA.dat"),
                        data.resolve("noneeg/Subject1_AccTempEDA.atr")));
    }

    /** Real exports in the supported formats, uploaded as a clinician would: one file or the whole set. */
    @ParameterizedTest
    @MethodSource("realRecordings")
    void realRecordingsInEverySupportedShapeAreAnalysed(List<Path> files) throws Exception {
        ApiClient.Response r = api.upload(clientId, Map.of(), null, files.toArray(Path[]::new));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode job = api.awaitJob(r.json().get("job").get("id").asText(), JOB_TIMEOUT);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        String sessionId = r.json().get("session").get("id").asText();
        JsonNode analysis = api.get("/api/sessions/" + sessionId + "/analysis").json();
        assertThat(analysis.get("durationSec").asDouble()).isPositive();
        assertThat(analysis.get("channels")).isNotEmpty();
        assertThat(analysis.get("droppedCandidates").isArray()).as("the rises turned down, stored with the analysis").isTrue();
    }

    /** A chest strap's session, uploaded as Polar Sensor Logger leaves it: the RR file and the ACC file together. */
    @Test
    void aPolarStrapsRrAndAccelerometerFilesTogetherAreOneSessionWithItsMovement() throws Exception {
        Path strap = dir.resolve("strap");
        org.lacrima.io.polar.PolarSessionWriter.write(org.lacrima.core.sim.SessionSimulator.simulate(
                org.lacrima.core.sim.SimulationConfig.preset(org.lacrima.core.sim.DevicePreset.RR_STRAP_ACC).withSeed(4)
                        .withDurationSec(15 * 60).withEpisodes(List.of())
                        .withConfounders(java.util.EnumSet.of(org.lacrima.core.sim.ConfounderKind.WALK))).recording(),
                strap);

        ApiClient.Response r = api.upload(clientId, Map.of(), null, strap.resolve("strap_RR.txt"),
                strap.resolve("strap_ACC.txt"));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode job = api.awaitJob(r.json().get("job").get("id").asText(), JOB_TIMEOUT);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode analysis = api.get("/api/sessions/" + r.json().get("session").get("id").asText() + "/analysis").json();
        assertThat(analysis.get("channels").findValuesAsText("label")).contains("RR", "ACC_X", "ACC_Y", "ACC_Z");
        assertThat(analysis.get("durationSec").asDouble()).isGreaterThan(14 * 60);
        assertThat(analysis.get("warnings").toString()).doesNotContain("no accelerometer");
        // an H10's accelerometer is on the chest: the breathing it tilts with shows when the client talked
        assertThat(analysis.get("channels").findValuesAsText("label"))
                .contains(org.lacrima.core.rsp.ChestAccelerometerBreathing.LABEL);
        assertThat(analysis.get("warnings").toString()).contains("breathing drawn from the chest strap's accelerometer");
    }

    /** Markers logged on the phone's clock beside a Polar export reach the analysis at their seconds from its start. */
    @Test
    void anEventsFileOnThePhonesClockIsPlacedByTheRecordingsStart() throws Exception {
        Path markers = dir.resolve("phone-markers.txt");
        Files.writeString(markers, "Phone timestamp;Marker\n2023-02-08T20:20:45.060;intervention: breathing\n");
        Path polar = Path.of(System.getProperty("lacrima.data.dir"), "polar-h10", "ethan_Harness_60_RR_1.txt");

        ApiClient.Response r = api.upload(clientId, Map.of(), markers, polar);

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode job = api.awaitJob(r.json().get("job").get("id").asText(), JOB_TIMEOUT);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode analysis = api.get("/api/sessions/" + r.json().get("session").get("id").asText() + "/analysis").json();
        assertThat(analysis.get("events")).singleElement().satisfies(e -> {
            assertThat(e.get("label").asText()).isEqualTo("intervention: breathing");
            assertThat(e.get("onsetSec").asDouble()).isCloseTo(20.0, org.assertj.core.api.Assertions.within(1e-6));
        });
    }

    @Test
    void aMalformedRecordingOrEventsFileFailsItsJobWithAReasonNamingTheFile() throws Exception {
        Path broken = dir.resolve("broken.edf");
        Files.writeString(broken, "0       this is not an EDF header");
        JsonNode job = api.awaitJob(api.upload(clientId, Map.of(), null, broken).json().get("job").get("id").asText(),
                JOB_TIMEOUT);
        assertThat(job.get("state").asText()).isEqualTo("failed");
        assertThat(job.get("message").asText()).contains("broken.edf").doesNotContain("Exception").doesNotContain("\n");

        Path binaryEvents = dir.resolve("events.bin.csv");
        Files.write(binaryEvents, new byte[] {0, 1, 2, 3});
        JsonNode eventsJob = api.awaitJob(api.upload(clientId, Map.of(), binaryEvents, simulated).json()
                .get("job").get("id").asText(), JOB_TIMEOUT);
        assertThat(eventsJob.get("state").asText()).isEqualTo("failed");
        assertThat(eventsJob.get("message").asText()).contains("events.bin.csv");
        assertThat(api.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void badFieldsAreRefusedBeforeAnythingIsStored() throws Exception {
        int sessionsBefore = api.get("/api/clients/" + clientId + "/sessions").json().size();
        for (Map<String, String> fields : List.of(Map.of("distressBefore", "11"), Map.of("distressAfter", "a lot"),
                Map.of("recordedOn", "yesterday"), Map.of("format", "docx"))) {
            ApiClient.Response r = api.upload(clientId, fields, null, simulated);
            assertThat(r.status()).as(fields.toString()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isNotBlank();
        }
        assertThat(api.upload(clientId, Map.of(), null).status()).isEqualTo(400);
        assertThat(api.post("/api/clients", "{not json").status()).isEqualTo(400);
        assertThat(api.get("/api/clients/" + clientId + "/sessions").json()).hasSize(sessionsBefore);
    }

    private static List<String> labels(JsonNode analysis) {
        return analysis.get("events").findValuesAsText("label");
    }
}
