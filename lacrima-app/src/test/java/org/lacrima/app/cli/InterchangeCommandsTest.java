package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.export.fhir.EpisodeObservation;
import org.lacrima.app.export.fhir.FhirJson;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.edf.AnnotatedEdfWriter;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.edf.EpisodeAnnotations;

/** analyze --fhir/--annotate/--annotations-edf and convert --bids, as a user types them. */
class InterchangeCommandsTest {
    @TempDir
    Path dir;

    private Path session() throws IOException {
        var simulated = SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(15 * 60)
                .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.SUBSIDED))).withSeed(11));
        Path file = dir.resolve("session.edf");
        EdfWriter.write(simulated.recording(), file);
        return file;
    }

    /**
     * An EDF input is read in chunks for {@code --annotate} and {@code --annotations-edf} (its own events collected as
     * they go by, an events file's merged in as a whole read merges them): both files are byte for byte those the
     * recording read whole gives.
     */
    @Test
    void theEdfOutputsOfARecordingReadInChunksAreThoseOfTheWholeRecording() throws IOException {
        Path edf = session();
        Path events = dir.resolve("events.csv");
        Files.writeString(events, "onset,label,duration,kind\n300.0,breathing exercise,0,intervention\n"
                + "65.5,tears,2,tears\n");
        CliRun run = CliRun.of("analyze", edf.toString(), "--events", events.toString(),
                "--annotate", dir.resolve("chunked.edf").toString(),
                "--annotations-edf", dir.resolve("chunked-only.edf").toString());
        assertThat(run.exit()).as(run.err()).isZero();

        AnalysisService.Result whole = new AnalysisService().analyze(new AnalysisRequest(edf, Optional.of(events),
                ReadOptions.defaults(), AnalysisOptions.defaults()));
        AnnotatedEdfWriter.copyWithAnnotations(edf, whole.recording(), whole.analysis(), dir.resolve("whole.edf"));
        AnnotatedEdfWriter.writeAnnotationsOnly(whole.recording(), whole.analysis(), dir.resolve("whole-only.edf"));

        assertThat(Files.readAllBytes(dir.resolve("chunked.edf"))).isEqualTo(Files.readAllBytes(dir.resolve("whole.edf")));
        assertThat(Files.readAllBytes(dir.resolve("chunked-only.edf")))
                .isEqualTo(Files.readAllBytes(dir.resolve("whole-only.edf")));
    }

    @Test
    void analyzeWritesTheSameEpisodesToJsonFhirAndEdfAnnotations() throws IOException {
        Path edf = session();
        Path json = dir.resolve("a.json");
        Path fhir = dir.resolve("a.fhir.json");
        Path annotated = dir.resolve("annotated.edf");
        Path only = dir.resolve("only.edf");

        CliRun run = CliRun.of("analyze", edf.toString(), "--json", json.toString(), "--fhir", fhir.toString(),
                "--annotate", annotated.toString(), "--annotations-edf", only.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        var episodes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).path("episodes");
        assertThat(episodes.size()).isPositive();
        Bundle bundle = FhirJson.readBundle(fhir);
        List<Observation> fromFhir = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast)
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("episode")).toList();
        assertThat(fromFhir).hasSize(episodes.size());
        for (int k = 0; k < episodes.size(); k++) {
            var e = EpisodeObservation.read(fromFhir.get(k));
            assertThat(e.onsetSec()).isEqualTo(episodes.get(k).path("onsetSec").asDouble());
            assertThat(e.outcome().jsonName()).isEqualTo(episodes.get(k).path("outcome").asText());
        }
        var input = RecordingReaders.read(edf, ReadOptions.defaults()).recording();
        var copy = RecordingReaders.read(annotated, ReadOptions.defaults()).recording();
        for (int c = 0; c < input.channels().size(); c++) {
            // an EDF input is copied, not re-encoded: every sample is the same
            assertThat(copy.channels().get(c).values().toArray()).isEqualTo(input.channels().get(c).values().toArray());
        }
        for (Path out : List.of(annotated, only)) {
            var marks = EpisodeAnnotations.read(RecordingReaders.read(out, ReadOptions.defaults()).recording().events());
            assertThat(marks).hasSize(episodes.size());
            assertThat(marks.get(0).peakSec()).isEqualTo(episodes.get(0).path("peakSec").asDouble());
        }
    }

    @Test
    void convertBidsWritesADatasetAndNamesTheFiles() throws IOException {
        Path edf = session();
        Path bids = dir.resolve("study");

        CliRun run = CliRun.of("convert", edf.toString(), "--bids", bids.toString(), "--subject", "012", "--session", "3");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("sub-012/ses-3/beh/sub-012_ses-3_task-therapy_events.tsv");
        List<String> events = Files.readAllLines(bids.resolve("sub-012/ses-3/beh/sub-012_ses-3_task-therapy_events.tsv"));
        assertThat(events.get(0)).startsWith("onset\tduration\ttrial_type");
        assertThat(events).anyMatch(l -> l.contains("\tepisode\t"));
        assertThat(bids.resolve("dataset_description.json")).exists();
    }

    @Test
    void badRequestsGetOneLineAndWriteNothing() throws IOException {
        Path edf = session();
        Path bids = dir.resolve("study");

        Path wfdb = Path.of(System.getProperty("lacrima.data.dir")).resolve("mitdb/100.hea"); // names no subject
        CliRun noSubject = CliRun.of("convert", wfdb.toString(), "--bids", bids.toString());
        CliRun badLabel = CliRun.of("convert", edf.toString(), "--bids", bids.toString(), "--subject", "C-1");
        CliRun both = CliRun.of("convert", edf.toString(), dir.resolve("x.edf").toString(), "--bids", bids.toString());
        CliRun batch = CliRun.of("analyze", edf.toString(), "--out", dir.resolve("out").toString(), "--fhir",
                dir.resolve("f.json").toString());

        for (CliRun run : List.of(noSubject, badLabel, both, batch)) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().trim()).startsWith("lacrima: ").doesNotContain("\n");
        }
        assertThat(bids).doesNotExist();
        assertThat(dir.resolve("f.json")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("session.edf");
        }
    }

}
