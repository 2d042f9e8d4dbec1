package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.edf.EdfWriter;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.EpisodeSpec;

class ConvertCommandTest {
    private static final Path DATA = Path.of(System.getProperty("lacrima.data.dir"));

    @TempDir
    Path dir;

    /** Every sampled channel comes back with its label, rate and values within half an EDF quantisation step. */
    @ParameterizedTest
    @ValueSource(strings = {"mitdb/100.hea", "neurokit/bio_eventrelated_100hz.csv", "edf-samples/pyedflib_test_generator.bdf",
            "noneeg/Subject1_AccTempEDA.hea", "wesad-e4/S4/S4_E4_Data"})
    void realRecordingsSurviveARoundTripThroughEdfPlus(String name) throws IOException {
        Path source = DATA.resolve(name);
        Path edf = dir.resolve("converted.edf");

        CliRun run = CliRun.of("convert", source.toString(), edf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Recording original = RecordingReaders.read(source, ReadOptions.defaults()).recording();
        Recording back = RecordingReaders.read(edf, ReadOptions.defaults()).recording();
        List<Channel> sampled = original.channels().stream().filter(Channel::isRegular).toList();
        assertThat(back.channels()).hasSameSizeAs(sampled);
        for (int c = 0; c < sampled.size(); c++) {
            Channel a = sampled.get(c);
            Channel b = back.channels().get(c);
            assertThat(b.rateHz()).as(a.label()).isCloseTo(a.rateHz(), org.assertj.core.data.Offset.offset(1e-9));
            // EDF+C channels all start with the file: a later start is padded, so sample i moves by the offset
            int shift = (int) Math.round((a.startOffsetSec() - b.startOffsetSec()) * a.rateHz());
            assertThat(b.length()).as(a.label()).isGreaterThanOrEqualTo(shift + a.length());
            double halfStep = halfQuantisationStep(a);
            for (int i = 0; i < a.length(); i++) {
                double x = a.values().get(i);
                if (Double.isFinite(x)) {
                    assertThat(b.values().get(shift + i)).as("%s sample %d", a.label(), i).isCloseTo(x,
                            org.assertj.core.data.Offset.offset(halfStep));
                }
            }
        }
        assertThat(back.events()).extracting(Event::label)
                .containsExactlyElementsOf(original.events().stream().map(Event::label).toList());
    }

    @Test
    void csvOutputPutsTheEventsInTheSidecar() throws IOException {
        Path source = dir.resolve("session.edf");
        EdfWriter.write(SessionSimulator.simulate(SimulationConfig.defaults().withSeed(3).withDurationSec(12 * 60)
                .withEpisodes(java.util.List.of(EpisodeSpec.parse("subsided-interrupted"))).withRateHz(ChannelType.ECG, 250)).recording(), source);
        Path csv = dir.resolve("out.csv");

        CliRun run = CliRun.of("convert", source.toString(), csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Recording original = RecordingReaders.read(source, ReadOptions.defaults()).recording();
        Recording back = RecordingReaders.read(csv, ReadOptions.defaults()).recording();
        assertThat(back.channels()).extracting(Channel::label)
                .containsExactlyElementsOf(original.channels().stream().map(Channel::label).toList());
        assertThat(original.events()).isNotEmpty();
        assertThat(Files.readAllLines(dir.resolve("out.events.csv")).size() - 1).isEqualTo(original.events().size());
    }

    @Test
    void anRrOnlyExportIsRefusedInOneLineAndNothingIsWritten() {
        Path out = dir.resolve("rr.edf");

        CliRun run = CliRun.of("convert", DATA.resolve("polar-h10/ethan_Harness_60_RR_1.txt").toString(), out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("lacrima: ethan_Harness_60_RR_1.txt: only irregular channels");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownOutputExtensionIsRefusedBeforeReading() {
        CliRun run = CliRun.of("convert", DATA.resolve("mitdb/100.hea").toString(), dir.resolve("x.mat").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("lacrima: x.mat: unsupported output format");
    }

    /** EDF stores 16-bit integers over the channel's physical range, so one step is range / 65535. */
    private static double halfQuantisationStep(Channel c) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.length(); i++) {
            double x = c.values().get(i);
            if (Double.isFinite(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return max > min ? (max - min) / 65535.0 / 2 * 1.0001 + 1e-12 : 1e-9;
    }
}
