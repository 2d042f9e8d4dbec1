package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.report.HtmlReportWriter;
import org.lacrima.app.testsupport.CsvTable;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.edf.EdfWriter;

/** {@code analyze} with reports, figures and tables, for one recording and in batch mode. */
class AnalyzeOutputsTest {
    @TempDir
    static Path dir;
    static Path first;
    static Path second;

    @BeforeAll
    static void simulate() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        first = dir.resolve("in/first.edf");
        second = dir.resolve("in/second.edf");
        EdfWriter.write(SessionSimulator.simulate(config(3, Outcome.RESOLVED)).recording(), first);
        EdfWriter.write(SessionSimulator.simulate(config(4, Outcome.SUSTAINED)).recording(), second);
    }

    private static SimulationConfig config(long seed, Outcome outcome) {
        return SimulationConfig.defaults().withSeed(seed).withDurationSec(15 * 60).withOutcomes(outcome)
                .withRateHz(ChannelType.ECG, 250);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void oneRecordingGetsItsJsonReportFiguresAndTables() throws IOException {
        Path out = Files.createDirectories(dir.resolve("single"));
        CliRun run = run("analyze", first.toString(), "--json", out.resolve("a.json").toString(),
                "--report", out.resolve("a.html").toString(), "--figures", out.resolve("figures").toString(),
                "--indices", out.resolve("indices.csv").toString(), "--episodes-csv", out.resolve("episodes.csv").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("a.json").toFile());
        int episodes = json.get("episodes").size();
        assertThat(episodes).isPositive();
        assertThat(json.has("markers")).as("markers only with --markers").isFalse();
        try (Stream<Path> figures = Files.list(out.resolve("figures"))) {
            assertThat(figures.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(episodes + 1).contains("first-session.png", "first-episode-1.png");
        }
        List<String> indexColumns = CsvTable.header(out.resolve("indices.csv"));
        assertThat(indexColumns).contains("timeSec", "S_z", "P_z", "hr_bpm", "scl_uS");
        List<Map<String, String>> rows = CsvTable.read(out.resolve("episodes.csv"));
        assertThat(rows).hasSize(episodes);
        for (int i = 0; i < episodes; i++) {
            assertThat(rows.get(i).get("recording")).isEqualTo("first");
            assertThat(rows.get(i).get("outcome")).isEqualTo(json.get("episodes").get(i).get("outcome").asText());
            assertThat(Double.parseDouble(rows.get(i).get("peakSec")))
                    .isEqualTo(json.get("episodes").get(i).get("peakSec").asDouble());
        }
        // the report draws the SCRs, which the analysis keeps for it even without --markers
        String html = Files.readString(out.resolve("a.html"));
        assertThat(html).containsPattern("\"scrs\":\\[\\[");
    }

    /**
     * {@code --report} reads the recording in chunks and decimates its signals as they go by; the page is the one the
     * whole recording gives, byte for byte.
     */
    @Test
    void theReportOfARecordingReadInChunksIsThatOfTheWholeRecording() throws IOException {
        Path out = Files.createDirectories(dir.resolve("chunked-report"));
        CliRun run = run("analyze", second.toString(), "--report", out.resolve("chunked.html").toString());
        assertThat(run.exit()).as(run.err()).isZero();

        AnalysisService.Result whole = new AnalysisService().analyze(new AnalysisRequest(second, Optional.empty(),
                ReadOptions.defaults(), AnalysisOptions.defaults().withMarkers(true)));
        new HtmlReportWriter().write(whole.recording(), whole.analysis(), out.resolve("whole.html"));

        assertThat(Files.readString(out.resolve("chunked.html"))).isEqualTo(Files.readString(out.resolve("whole.html")));
    }

    @Test
    void batchModeAnalysesEveryRecordingAndSaysWhetherAnyFailed() throws IOException {
        Path ok = dir.resolve("batch-ok");
        CliRun fine = run("analyze", first.toString(), second.toString(), "--out", ok.toString(), "--threads", "2",
                "--indices", ok.resolve("indices").toString());
        assertThat(fine.exit()).as(fine.err()).isZero();
        assertThat(ok.resolve("first.json")).isRegularFile();
        assertThat(ok.resolve("second.html")).isRegularFile();
        assertThat(ok.resolve("indices/second-indices.csv")).isRegularFile();
        assertThat(CsvTable.read(ok.resolve("summary.csv"))).extracting(r -> r.get("status")).containsExactly("ok", "ok");

        Path broken = dir.resolve("in/broken.edf");
        Files.write(broken, new byte[] {'0', ' ', ' '});
        Path mixed = dir.resolve("batch-mixed");
        CliRun failed = run("analyze", dir.resolve("in").toString(), "--out", mixed.toString());
        assertThat(failed.exit()).isEqualTo(1);
        List<Map<String, String>> summary = CsvTable.read(mixed.resolve("summary.csv"));
        assertThat(summary).extracting(r -> r.get("recording")).containsExactly("broken", "first", "second");
        assertThat(summary.get(0).get("status")).isEqualTo("failed");
        assertThat(summary.get(0).get("error")).startsWith("broken.edf: ");
        assertThat(summary.subList(1, 3)).extracting(r -> r.get("status")).containsOnly("ok");
        Files.delete(broken);
    }

    @Test
    void severalRecordingsWithoutOutOrNothingToWriteAreOneLineErrors() {
        CliRun several = run("analyze", first.toString(), second.toString(), "--json", dir.resolve("x.json").toString());
        CliRun nothing = run("analyze", first.toString());

        assertThat(several.exit()).isEqualTo(1);
        assertThat(several.err().strip()).doesNotContain("\n").contains("--out");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err().strip()).doesNotContain("\n").contains("--json");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void anUnreadableRecordingLeavesNoReport() throws IOException {
        Path garbage = dir.resolve("garbage.edf");
        Files.write(garbage, new byte[] {1, 2, 3});
        Path report = dir.resolve("garbage.html");

        CliRun run = run("analyze", garbage.toString(), "--report", report.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("lacrima: garbage.edf");
        assertThat(report).doesNotExist();
    }

    /** Issue 11 item 6: a report that cannot be written takes the JSON and the tables with it. */
    @Test
    void whenOneOutputCannotBeWrittenNoneAppearsAndThePreviousOnesStay() throws IOException {
        Path out = Files.createDirectories(dir.resolve("partial"));
        Path json = out.resolve("a.json");
        Files.writeString(json, "previous run");
        Path blocker = Files.writeString(out.resolve("not-a-folder"), "a file where a folder is needed");

        CliRun run = run("analyze", first.toString(), "--json", json.toString(),
                "--indices", out.resolve("new/indices.csv").toString(), "--figures", out.resolve("figs").toString(),
                "--report", blocker.resolve("a.html").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n")
                .isEqualTo("lacrima: " + blocker.resolve("a.html") + ": cannot be written: " + blocker + " is not a folder");
        assertThat(Files.readString(json)).isEqualTo("previous run");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .as("no new output, no temporary file, no folder made for them").containsExactly("a.json", "not-a-folder");
        }
    }
}
