package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.RecordingStream;
import org.lacrima.io.edf.EdfReader;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.edf.EpisodeAnnotations;

/**
 * {@code analyze FILE --json} (and the outputs made from the analysis alone: indices and episodes CSV, figures, the
 * FHIR Bundle; the HTML report, whose raw-signal plots are decimated as the chunks go by; the EDF+ copy with the
 * episodes as annotations and the annotations-only EDF+, whose events are collected as they go by) reads the file in
 * chunks and holds only the analysis window: a 6-hour
 * Holter-like recording (ECG 500 Hz, EDA and respiration 50 Hz: 13 million samples, 104 MB as the
 * doubles a whole read decodes them into) is analysed by a separate JVM limited to a 192 MB heap,
 * which refuses to read it whole (its budget, a quarter of the heap, is 48 MB).
 */
class StreamedAnalyzeMemoryTest {
    private static final double HOURS = 6;

    @Test
    void aHolterRecordingTooLargeToReadWholeIsAnalysedInChunksInASmallHeap(@TempDir Path dir) throws Exception {
        Recording holter = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(6)
                .withDurationSec(HOURS * 3600).withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED, Outcome.SUBSIDED)
                .withChannels(Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))).recording();
        Path edf = dir.resolve("holter.edf");
        EdfWriter.write(holter, edf);
        holter = null;
        Path json = dir.resolve("holter.json");
        Path indices = dir.resolve("holter-indices.csv");
        Path episodes = dir.resolve("holter-episodes.csv");
        Path fhir = dir.resolve("holter.fhir.json");
        Path report = dir.resolve("holter.html");
        Path annotated = dir.resolve("holter-annotated.edf");
        Path annotations = dir.resolve("holter-annotations.edf");

        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-cp", System.getProperty("java.class.path"), LacrimaCli.class.getName(),
                "analyze", edf.toString(), "--json", json.toString(), "--indices", indices.toString(),
                "--episodes-csv", episodes.toString(), "--fhir", fhir.toString(), "--report", report.toString(), "--annotate", annotated.toString(), "--annotations-edf",
                annotations.toString()))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isZero();
        JsonNode analysis = new ObjectMapper().readTree(json.toFile());
        assertThat(analysis.path("recording").path("durationSec").asDouble()).isCloseTo(HOURS * 3600, within(1.0));
        assertThat(analysis.path("episodes").size()).isPositive();
        // every beat of the six hours was seen: at least 40 bpm on average
        assertThat(analysis.path("hrv").path("session").path("intervals").asInt()).isGreaterThan((int) (HOURS * 3600 * 40 / 60));
        // the tables and the Bundle follow the same streamed analysis: 4 Hz rows for the six hours, a row per episode
        assertThat(Files.lines(indices).count()).isGreaterThan((long) (HOURS * 3600 * 4));
        assertThat(Files.readAllLines(episodes).stream().filter(l -> !l.startsWith("#")).count() - 1)
                .isEqualTo(analysis.path("episodes").size());
        assertThat(new ObjectMapper().readTree(fhir.toFile()).path("resourceType").asText()).isEqualTo("Bundle");
        // the report draws the three raw signals over the six hours
        String html = Files.readString(report);
        for (String plot : List.of("\"raw-ECG\"", "\"raw-EDA\"", "\"raw-RSP\"")) {
            assertThat(html).contains("\"id\":" + plot);
        }
        // both EDF+ files carry every episode: the copy (read here in chunks too) and the annotations alone
        int episodeCount = analysis.path("episodes").size();
        assertThat(EpisodeAnnotations.read(EdfReader.read(annotations, ChannelTyping.byLabel()).recording().events()))
                .hasSize(episodeCount);
        List<Event> copied = new ArrayList<>();
        try (RecordingStream stream = EdfReader.open(annotated, ChannelTyping.byLabel())) {
            while (stream.hasNext()) {
                copied.addAll(stream.next(600).events());
            }
        }
        assertThat(EpisodeAnnotations.read(copied)).hasSize(episodeCount);
        assertThat(Files.size(annotated)).isGreaterThan(Files.size(edf));
    }
}
