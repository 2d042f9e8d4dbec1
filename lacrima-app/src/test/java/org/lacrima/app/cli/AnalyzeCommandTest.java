package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.json.AnalysisSchema;

class AnalyzeCommandTest {
    @TempDir
    static Path dir;
    static Path edf;
    static SimulatedSession session;

    @BeforeAll
    static void simulate() throws IOException {
        session = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(11).withDurationSec(30 * 60)
                .withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED));
        edf = dir.resolve("session.edf");
        EdfWriter.write(session.recording(), edf);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void analysesASimulatedEdfIntoSchemaValidJsonWithItsEpisodes() throws IOException {
        Path out = dir.resolve("analysis.json");
        CliRun run = run("analyze", edf.toString(), "--markers", "--json", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String json = Files.readString(out);
        assertThat(AnalysisSchema.problems(json)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.path("episodes")).hasSize(session.truth().episodes().size());
        assertThat(root.path("episodes").get(0).path("outcome").asText()).isEqualTo("resolved");
        assertThat(root.path("markers").path("rPeaksSec").size()).isGreaterThan(1000);
    }

    @Test
    void aGivenBaselineIsUsedAndReported() throws IOException {
        Path out = dir.resolve("given.json");
        CliRun run = run("analyze", edf.toString(), "--baseline", "30:210", "--json", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode baseline = new ObjectMapper().readTree(Files.readString(out)).path("baseline");
        assertThat(baseline.path("startSec").asDouble()).isEqualTo(30.0);
        assertThat(baseline.path("endSec").asDouble()).isEqualTo(210.0);
        assertThat(baseline.path("automatic").asBoolean()).isFalse();
    }

    @Test
    void badInputGivesOneLineErrorNonZeroExitAndNoOutput() throws IOException {
        Path garbage = dir.resolve("garbage.edf");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5});
        Path out = dir.resolve("none.json");

        CliRun bad = run("analyze", garbage.toString(), "--json", out.toString());
        CliRun missing = run("analyze", dir.resolve("absent.edf").toString(), "--json", out.toString());
        CliRun badBaseline = run("analyze", edf.toString(), "--baseline", "200:100", "--json", out.toString());
        CliRun badEcg = run("analyze", edf.toString(), "--ecg-channel", "V7", "--json", out.toString());

        for (CliRun r : new CliRun[] {bad, missing, badBaseline, badEcg}) {
            assertThat(r.exit()).isNotZero();
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).startsWith("lacrima: ");
        }
        assertThat(bad.err()).contains("garbage.edf");
        assertThat(missing.err()).contains("absent.edf");
        assertThat(badBaseline.err()).contains("--baseline");
        assertThat(badEcg.err()).contains("V7");
        assertThat(out).doesNotExist();
    }

    /**
     * The real Polar H10 export with markers logged on the phone's clock: the events land at their seconds from the
     * recording's start (the first phone timestamp less the first interval, 20:20:25.060), in the analysis and in
     * the EDF+ annotations written beside it.
     */
    @Test
    void eventsOnThePhonesClockArePlacedByTheRecordingsStart() throws IOException {
        Path polar = Path.of(System.getProperty("lacrima.data.dir"), "polar-h10", "ethan_Harness_60_RR_1.txt");
        Path markers = dir.resolve("markers.txt");
        Files.writeString(markers, "Phone timestamp;Marker\n2023-02-08T20:20:35.060;intervention: breathing\n"
                + "2023-02-08T20:21:00.560;tears\n");
        Path out = dir.resolve("polar.json");
        Path annotations = dir.resolve("polar-annotations.edf");

        CliRun r = run("analyze", polar.toString(), "--events", markers.toString(), "--json", out.toString(),
                "--annotations-edf", annotations.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(out.toFile()).path("events");
        assertThat(events.findValuesAsText("label")).containsExactly("intervention: breathing", "tears");
        assertThat(events.get(0).path("onsetSec").asDouble()).isCloseTo(10.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(events.get(1).path("onsetSec").asDouble()).isCloseTo(35.5, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(org.lacrima.io.edf.EdfReader.read(annotations, org.lacrima.io.ChannelTyping.byLabel()).recording().events())
                .extracting(org.lacrima.core.model.Event::onsetSec)
                .anySatisfy(t -> assertThat(t).isCloseTo(35.5, org.assertj.core.api.Assertions.within(1e-3)));

        CliRun early = run("analyze", polar.toString(), "--events", writeEarly(), "--json",
                dir.resolve("early.json").toString());
        assertThat(early.exit()).isNotZero();
        assertThat(early.err().strip()).contains("early.txt: line 2").contains("before the recording's start")
                .doesNotContain("\n");
        assertThat(dir.resolve("early.json")).doesNotExist();
    }

    private static String writeEarly() throws IOException {
        Path early = dir.resolve("early.txt");
        Files.writeString(early, "Phone timestamp;Marker\n2023-02-08T20:19:00;arrived\n");
        return early.toString();
    }
}
