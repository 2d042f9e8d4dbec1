package org.lacrima.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.output.BatchOutputs;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.json.AnalysisJsonWriter;

/** A batch over every recording in the shared data, 20 simulated sessions and two broken files. */
class BatchAnalysisTest {
    static final Path DATA = Path.of(System.getProperty("lacrima.data.dir", "../../shared/data"));
    static final int SIMULATED = 20;

    @TempDir
    static Path work;
    static Path out;
    static List<BatchItem> items;
    static String stderr;
    static final Map<String, SimulatedSession> simulated = new HashMap<>();
    static List<Map<String, String>> summary;
    static List<Map<String, String>> episodes;

    @BeforeAll
    static void runTheBatch() throws Exception {
        Path simDir = Files.createDirectories(work.resolve("simulated"));
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < SIMULATED; i++) {
            // short, low-rate sessions with 0 to 2 episodes (about 14 minutes each) keep the batch quick
            List<Outcome> script = new ArrayList<>();
            for (int k = 0; k < i % 3; k++) {
                script.add(outcomes[(i + k) % outcomes.length]);
            }
            SimulationConfig config = SimulationConfig.defaults().withSeed(100 + i).withDurationSec(300 + 14 * 60 * script.size())
                    .withOutcomes(script.toArray(Outcome[]::new))
                    .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))
                    .withRateHz(ChannelType.ECG, 250).withRateHz(ChannelType.EDA, 16).withRateHz(ChannelType.RSP, 25);
            SimulatedSession session = SessionSimulator.simulate(config);
            String name = String.format("session-%02d", i);
            EdfWriter.write(session.recording(), simDir.resolve(name + ".edf"));
            simulated.put(name, session);
        }
        byte[] whole = Files.readAllBytes(simDir.resolve("session-00.edf"));
        // cut inside the signal headers: no reader can make a recording of that
        Files.write(simDir.resolve("broken-truncated.edf"), Arrays.copyOf(whole, 300));
        Files.writeString(simDir.resolve("not-a-recording.csv"), "just some words\nwithout any channel\n");

        out = work.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AnalysisService service = new AnalysisService();
        BatchRunner runner = new BatchRunner(
                (input, events) -> service.analyze(new AnalysisRequest(input, events,
                        AnalysisRequest.of(input).readOptions(), AnalysisRequest.of(input).options().withMarkers(true))),
                BatchOutputs.perRecording(new AnalysisJsonWriter(false)::write, Optional.empty(), Optional.empty()),
                2, new PrintStream(err, true, StandardCharsets.UTF_8));
        items = runner.run(List.of(DATA, simDir), out);
        stderr = err.toString(StandardCharsets.UTF_8);
        summary = org.lacrima.app.testsupport.CsvTable.read(out.resolve("summary.csv"));
        episodes = org.lacrima.app.testsupport.CsvTable.read(out.resolve("episodes.csv"));
    }

    @Test
    void everyRecordingHasOneSummaryRow() throws Exception {
        assertThat(org.lacrima.app.testsupport.CsvTable.header(out.resolve("summary.csv"))).isEqualTo(SummaryCsv.HEADER);
        assertThat(summary).hasSize(items.size());
        assertThat(summary).extracting(r -> r.get("recording")).doesNotHaveDuplicates()
                .contains("mitdb_100", "svdb_800", "drivedb_drive05", "neurokit_bio_eventrelated_100hz",
                        "noneeg_Subject1_AccTempEDA", "wesad-e4_S4_S4_E4_Data", "polar-h10_ethan_Harness_60_RR_1",
                        "broken-truncated", "not-a-recording");
        assertThat(summary.stream().filter(r -> r.get("recording").startsWith("session-"))).hasSize(SIMULATED);
    }

    @Test
    void recordingsWithPhysiologicalChannelsAreAnalysed() {
        for (String name : List.of("mitdb_100", "mitdb_208", "svdb_800", "drivedb_drive05", "drivedb_drive06",
                "neurokit_bio_eventrelated_100hz", "neurokit_bio_resting_5min_100hz", "neurokit_bio_resting_8min_100hz",
                "noneeg_Subject1_AccTempEDA", "noneeg_Subject2_AccTempEDA", "wesad-e4_S2_S2_E4_Data",
                "wesad-e4_S4_S4_E4_Data", "polar-h10_ethan_Harness_60_RR_1")) {
            Map<String, String> row = row(name);
            assertThat(row.get("status")).as(name + ": " + row.get("error")).isEqualTo("ok");
            assertThat(out.resolve(name + ".json")).isRegularFile();
            assertThat(out.resolve(name + ".html")).isRegularFile();
        }
    }

    @Test
    void summaryRowsOfSimulatedSessionsMatchTheirRecordingAndTheirJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (Map.Entry<String, SimulatedSession> sim : simulated.entrySet()) {
            Map<String, String> row = row(sim.getKey());
            assertThat(row.get("status")).as(sim.getKey() + ": " + row.get("error")).isEqualTo("ok");
            assertThat(row.get("error")).isEmpty();
            assertThat(Double.parseDouble(row.get("durationSec"))).isCloseTo(sim.getValue().recording().durationSec(),
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(Integer.parseInt(row.get("channels"))).isEqualTo(sim.getValue().recording().channels().size());
            assertThat(row.get("channelTypes")).contains("ECG").contains("EDA").contains("RSP");
            assertThat(Double.parseDouble(row.get("quality"))).isBetween(0.0, 1.0);

            JsonNode json = mapper.readTree(out.resolve(sim.getKey() + ".json").toFile());
            int total = json.get("episodes").size();
            assertThat(Integer.parseInt(row.get("episodes"))).isEqualTo(total);
            for (Outcome o : Outcome.values()) {
                long inJson = 0;
                for (JsonNode e : json.get("episodes")) {
                    inJson += e.get("outcome").asText().equals(o.jsonName()) ? 1 : 0;
                }
                assertThat(Long.parseLong(row.get(o.jsonName()))).as(sim.getKey() + " " + o).isEqualTo(inJson);
            }
            assertThat(episodes.stream().filter(e -> e.get("recording").equals(sim.getKey()))).hasSize(total);
        }
    }

    @Test
    void brokenAndUnsupportedFilesAreListedWithTheirReason() {
        for (String name : List.of("broken-truncated", "not-a-recording")) {
            Map<String, String> row = row(name);
            assertThat(row.get("status")).isEqualTo("failed");
            assertThat(row.get("durationSec")).isEmpty();
            assertThat(out.resolve(name + ".json")).doesNotExist();
            assertThat(out.resolve(name + ".html")).doesNotExist();
        }
        assertThat(row("broken-truncated").get("error")).startsWith("broken-truncated.edf");
        assertThat(row("not-a-recording").get("error")).startsWith("not-a-recording.csv");
        for (Map<String, String> failed : summary.stream().filter(r -> r.get("status").equals("failed")).toList()) {
            Path input = Path.of(failed.get("input"));
            assertThat(failed.get("error")).as(failed.get("recording")).contains(input.getFileName().toString());
            assertThat(stderr).contains("failed " + input + ": " + failed.get("error"));
        }
        // the recording last analysed stands apart from the speed
        assertThat(stderr).contains("Analysing").containsPattern("\\) [\\d.]+/s \\S")
                .doesNotContainPattern("\\) [\\d.?]+/s[^ \\r\\n]");
    }

    @Test
    void questionnairesAndSubjectTablesAreSkippedNotFailed() {
        List<Path> tables = List.of(DATA.resolve("noneeg/subjectinfo.csv"), DATA.resolve("wesad-e4/S2/S2_quest.csv"));
        for (Path table : tables) {
            assertThat(table).exists();
            assertThat(summary).noneMatch(r -> Path.of(r.get("input")).equals(table));
            assertThat(stderr).contains("skipped " + table + ": a questionnaire or subject table, not a recording");
        }
        assertThat(stderr).containsPattern("recordings analysed, \\d+ failed \\(listed in summary.csv\\), \\d+ other file\\(s\\) skipped");
    }

    @Test
    void episodesTableHasOneRowPerEpisodeOfEveryAnalysedRecording() {
        long expected = summary.stream().filter(r -> r.get("status").equals("ok"))
                .mapToLong(r -> Long.parseLong(r.get("episodes"))).sum();
        assertThat(episodes).hasSize((int) expected);
        for (Map<String, String> e : episodes) {
            assertThat(row(e.get("recording")).get("status")).isEqualTo("ok");
            assertThat(Outcome.fromName(e.get("outcome"))).isNotNull();
            assertThat(Double.parseDouble(e.get("peakSec"))).isGreaterThanOrEqualTo(Double.parseDouble(e.get("onsetSec")));
            assertThat(Double.parseDouble(e.get("endSec"))).isGreaterThanOrEqualTo(Double.parseDouble(e.get("peakSec")));
        }
    }

    private static Map<String, String> row(String recording) {
        return summary.stream().filter(r -> r.get("recording").equals(recording)).findFirst()
                .orElseThrow(() -> new AssertionError("no summary row for " + recording));
    }
}
