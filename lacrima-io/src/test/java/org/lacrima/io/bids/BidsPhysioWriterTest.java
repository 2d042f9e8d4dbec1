package org.lacrima.io.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionHrv;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.TestData;

class BidsPhysioWriterTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"wesad-e4/S4/S4_E4_Data", "mitdb/100.hea", "noneeg/Subject1_AccTempEDA.hea",
            "neurokit/bio_eventrelated_100hz.csv"})
    void realRecordingsPassTheSpecCheckWithEverySampleAndEpisodeKept(String name) throws IOException {
        Recording recording = RecordingReaders.read(TestData.file(name), ReadOptions.defaults()).recording();
        SessionAnalysis analysis = analysisWithEpisodes(recording, name.length());
        BidsNames names = new BidsNames("S4", Optional.of("2"), "therapy");

        BidsPhysioWriter.Written written = BidsPhysioWriter.write(recording, Optional.of(analysis), names, root, "Lacrima test");

        BidsSpecCheck check = new BidsSpecCheck(root);
        List<Channel> regular = recording.channels().stream().filter(Channel::isRegular).toList();
        assertThat(check.physio.stream().mapToInt(p -> p.columns().size()).sum()).isEqualTo(regular.size());
        for (BidsSpecCheck.Physio p : check.physio) {
            for (int c = 0; c < p.columns().size(); c++) {
                JsonNode column = p.sidecar().path(p.columns().get(c));
                Channel channel = regular.stream().filter(ch -> ("" + ch.type() + " channel '" + ch.label() + "'")
                        .equals(column.path("Description").asText())).findFirst().orElseThrow();
                assertThat(column.path("Units").asText()).isEqualTo(channel.unit());
                assertThat(p.rate()).isEqualTo(channel.rateHz());
                assertThat(p.start()).isEqualTo(channel.startOffsetSec());
                int firstDifference = -1;
                for (int i = 0; i < channel.length() && firstDifference < 0; i++) {
                    double expected = channel.values().get(i);
                    if (Double.isFinite(expected) && p.rows().get(i)[c] != expected) {
                        firstDifference = i;
                    }
                }
                assertThat(firstDifference).as("first sample of %s that differs", channel.label()).isEqualTo(-1);
            }
        }
        assertThat(check.events.rows()).filteredOn(r -> r[2].equals("episode")).hasSize(analysis.episodes().size());
        for (int k = 0; k < analysis.episodes().size(); k++) {
            Episode e = analysis.episodes().get(k);
            String[] row = check.events.rows().stream().filter(r -> r[2].equals("episode")).toList().get(k);
            assertThat(Double.parseDouble(row[0])).isEqualTo(e.onsetSec());
            assertThat(Double.parseDouble(row[0]) + Double.parseDouble(row[1])).isCloseTo(e.endSec(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row[check.events.header().indexOf("outcome")]).isEqualTo(e.outcome().jsonName());
            assertThat(row[check.events.header().indexOf("peak")]).isEqualTo(BidsPhysioWriter.number(e.peakSec()));
        }
        List<String[]> rises = check.events.rows().stream()
                .filter(r -> r[2].equals(BidsPhysioWriter.RISE_NOT_REPORTED)).toList();
        assertThat(rises).hasSameSizeAs(analysis.droppedCandidates()).isNotEmpty();
        for (DroppedCandidate d : analysis.droppedCandidates()) {
            assertThat(rises).anySatisfy(row -> {
                assertThat(Double.parseDouble(row[0])).isEqualTo(d.onsetSec());
                assertThat(row[3]).isEqualTo(d.reason().jsonName());
                assertThat(row[check.events.header().indexOf("peak")]).isEqualTo(BidsPhysioWriter.number(d.peakSec()));
            });
        }
        assertThat(check.events.rows()).filteredOn(r -> r[2].equals("event")).hasSize(recording.events().size());
        assertThat(written.warnings()).hasSize(recording.channels().size() - regular.size());
    }

    @Test
    void channelsAtDifferentRatesGoToSeparateFilesToldApartByRecording() throws IOException {
        Recording e4 = RecordingReaders.read(TestData.file("wesad-e4/S4/S4_E4_Data"), ReadOptions.defaults()).recording();
        BidsPhysioWriter.write(e4, Optional.empty(), new BidsNames("S4", Optional.empty(), "rest"), root, "Lacrima test");

        BidsSpecCheck check = new BidsSpecCheck(root);
        assertThat(check.physio).hasSizeGreaterThan(1);
        assertThat(check.physio).extracting(p -> p.file().getFileName().toString())
                .allMatch(n -> n.contains("_recording-"));
    }

    @Test
    void anExistingDatasetDescriptionIsKeptAndBadLabelsAreRefused() throws IOException {
        Files.writeString(root.resolve("dataset_description.json"), "{\"Name\":\"My study\",\"BIDSVersion\":\"1.9.0\"}");
        Recording r = RecordingReaders.read(TestData.file("mitdb/100.hea"), ReadOptions.defaults()).recording();
        BidsPhysioWriter.write(r, Optional.empty(), new BidsNames("100", Optional.empty(), "therapy"), root, "x");

        assertThat(Files.readString(root.resolve("dataset_description.json"))).contains("My study");
        assertThatThrownBy(() -> new BidsNames("C-01", Optional.empty(), "therapy"))
                .hasMessageContaining("letters and digits");
        assertThat(BidsNames.labelFrom("C-01 x")).isEqualTo("C01x");
    }

    private static SessionAnalysis analysisWithEpisodes(Recording recording, long seed) {
        Random r = new Random(seed);
        double duration = recording.durationSec();
        List<Episode> episodes = new java.util.ArrayList<>();
        double t = 0;
        for (int i = 0; i < 3; i++) {
            double onset = t + r.nextDouble() * duration / 6;
            double peak = onset + r.nextDouble() * duration / 12;
            double end = peak + r.nextDouble() * duration / 12;
            t = end;
            episodes.add(new Episode(onset, peak, r.nextBoolean() ? Double.NaN : peak + 1, end,
                    Outcome.values()[i], r.nextBoolean(), 0.5,
                    new EpisodeMetrics(1, 2, 3, 4, 5, 6, 7, 8, 9, List.of())));
        }
        List<DroppedCandidate> dropped = new java.util.ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            double onset = r.nextDouble() * duration * 0.8;
            dropped.add(new DroppedCandidate(onset, onset + r.nextDouble() * 60, onset + 60 + r.nextDouble() * 120,
                    DropReason.values()[r.nextInt(DropReason.values().length)]));
        }
        return new SessionAnalysis(recording.metadata(), duration, List.of(), recording.events(),
                new Baseline(0, duration / 10, true), episodes, List.of(), Markers.none(), List.of(), SessionHrv.NONE,
                dropped);
    }
}
