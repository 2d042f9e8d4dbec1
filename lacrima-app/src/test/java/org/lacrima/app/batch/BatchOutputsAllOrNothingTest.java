package org.lacrima.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.analysis.AnalysisRequest;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.output.BatchOutputs;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.io.json.AnalysisJsonWriter;

/** A recording's batch outputs appear together or not at all, with the real writers and a real session. */
class BatchOutputsAllOrNothingTest {
    @TempDir
    static Path work;
    static Path recordings;

    @BeforeAll
    static void twoRecordings() throws IOException {
        recordings = Files.createDirectories(work.resolve("in"));
        for (int seed = 1; seed <= 2; seed++) {
            SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(360).withOutcomes()
                    .withChannels(EnumSet.of(ChannelType.ECG, ChannelType.EDA))
                    .withRateHz(ChannelType.ECG, 250).withRateHz(ChannelType.EDA, 16);
            EdfWriter.write(SessionSimulator.simulate(config).recording(), recordings.resolve("s" + seed + ".edf"));
        }
    }

    @Test
    void everyOutputOfEveryRecordingIsWrittenAndNoStagedFileIsLeft() throws IOException {
        Path out = work.resolve("ok");
        Path figures = Files.createDirectories(work.resolve("ok-figures"));
        List<BatchItem> items = runner(BatchOutputs.perRecording(new AnalysisJsonWriter(false)::write,
                Optional.of(figures), Optional.empty())).run(List.of(recordings), out);

        assertThat(items).allMatch(BatchItem::ok);
        for (String name : List.of("s1", "s2")) {
            assertThat(out.resolve(name + ".json")).isNotEmptyFile();
            assertThat(out.resolve(name + ".html")).isNotEmptyFile();
            assertThat(names(figures)).anyMatch(f -> f.startsWith(name + "-") && f.endsWith(".png"));
        }
        assertThat(names(out)).noneMatch(f -> f.startsWith("."));
        assertThat(names(work)).noneMatch(f -> f.startsWith("."));
    }

    @Test
    void aRecordingWhoseLastOutputFailsLeavesNoneOfItsFiles() throws IOException {
        Path out = work.resolve("failing");
        List<RecordingOutput> outputs = new ArrayList<>(BatchOutputs.perRecording(
                new AnalysisJsonWriter(false)::write, Optional.empty(), Optional.empty()));
        // the disk fills while the second recording's last output is written, after its JSON and report
        outputs.add((analysed, set, dir, name) -> {
            Files.writeString(set.stage(dir.resolve(name + ".txt")), "half");
            if (name.equals("s2")) {
                throw new IOException(name + ".txt: No space left on device");
            }
        });

        List<BatchItem> items = runner(outputs).run(List.of(recordings), out);

        assertThat(items).extracting(BatchItem::name, BatchItem::ok)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("s1", true),
                        org.assertj.core.groups.Tuple.tuple("s2", false));
        assertThat(names(out)).contains("s1.json", "s1.html", "s1.txt")
                .doesNotContain("s2.json", "s2.html", "s2.txt")
                .noneMatch(f -> f.startsWith("."));
        assertThat(items.stream().filter(i -> !i.ok()).findFirst().orElseThrow().error().orElseThrow())
                .contains("s2").contains("No space left on device");
    }

    private static BatchRunner runner(List<RecordingOutput> outputs) {
        AnalysisService service = new AnalysisService();
        return new BatchRunner((input, events) -> service.analyze(new AnalysisRequest(input, events,
                AnalysisRequest.of(input).readOptions(), AnalysisRequest.of(input).options())), outputs, 2, null);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
