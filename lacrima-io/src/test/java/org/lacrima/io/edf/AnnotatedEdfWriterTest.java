package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.analysis.SessionHrv;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.TestData;

class AnnotatedEdfWriterTest {
    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @Test
    void aSimulatedSessionsEpisodesComeBackThroughBothReadersWithTheSignalsUnchanged() throws IOException {
        Recording simulated = SessionSimulator.simulate(SimulationConfig.defaults().withDurationSec(20 * 60)
                .withEpisodes(List.of(EpisodeSpec.of(Outcome.RESOLVED), EpisodeSpec.of(Outcome.SUSTAINED)))
                .withSeed(7)).recording();
        Path original = dir.resolve("session.edf");
        EdfWriter.write(simulated, original);
        Recording input = EdfReader.read(original, ChannelTyping.byLabel()).recording();
        SessionAnalysis analysis = new SessionAnalyzer(AnalysisOptions.defaults()).analyze(input);
        assertThat(analysis.episodes()).isNotEmpty();

        Path annotated = dir.resolve("annotated.edf");
        AnnotatedEdfWriter.writeRecording(input, analysis, annotated);

        assertAnnotationsEqualEpisodes(annotated, input, analysis);
        assertSignalsUnchanged(original, annotated);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEpisodesOnARealEdfFileComeBackExactly(long seed) throws IOException {
        Path original = TestData.file("edf-samples/pyedflib_test_generator.edf");
        Recording input = EdfReader.read(original, ChannelTyping.byLabel()).recording();
        SessionAnalysis analysis = randomAnalysis(input, seed);

        Path annotated = dir.resolve("annotated-" + seed + ".edf");
        AnnotatedEdfWriter.writeRecording(input, analysis, annotated);

        assertAnnotationsEqualEpisodes(annotated, input, analysis);
        // the file's own annotations are kept beside Lacrima's
        List<Event> back = EdfReader.read(annotated, ChannelTyping.byLabel()).recording().events();
        assertThat(back).containsAll(input.events());
        assertSignalsUnchanged(original, annotated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pyedflib_test_generator.edf", "pyedflib_test_generator.bdf", "mne_test.bdf",
            "mne_test_edf_stim_channel.edf", "wfdb_test_edfann.edf"})
    void aCopiedEdfOrBdfKeepsEveryDataRecordByteForByteAndGainsTheAnnotations(String name) throws IOException {
        Path original = TestData.file("edf-samples/" + name);
        Recording input = EdfReader.read(original, ChannelTyping.byLabel()).recording();
        SessionAnalysis analysis = randomAnalysis(input, name.length());
        Recording withExtraEvent = input.withEvents(concat(input.events(), Event.at(1.5, "from an events file")));

        Path annotated = dir.resolve("copy-" + name);
        AnnotatedEdfWriter.copyWithAnnotations(original, withExtraEvent, analysis, annotated);

        byte[] before = Files.readAllBytes(original);
        byte[] after = Files.readAllBytes(annotated);
        int ns = Integer.parseInt(new String(before, 252, 4, StandardCharsets.US_ASCII).trim());
        int records = Integer.parseInt(new String(before, 236, 8, StandardCharsets.US_ASCII).trim());
        int headerBefore = 256 * (ns + 1);
        int headerAfter = 256 * (ns + 2);
        int recordBefore = (before.length - headerBefore) / records;
        int recordAfter = (after.length - headerAfter) / records;
        assertThat(after.length - headerAfter).isEqualTo(records * recordAfter);
        for (int r = 0; r < records; r++) {
            assertThat(Arrays.equals(before, headerBefore + r * recordBefore, headerBefore + (r + 1) * recordBefore,
                    after, headerAfter + r * recordAfter, headerAfter + r * recordAfter + recordBefore))
                    .as("data record %d", r).isTrue();
        }
        Recording back = EdfReader.read(annotated, ChannelTyping.byLabel()).recording();
        assertThat(back.events()).containsAll(withExtraEvent.events());
        List<EpisodeAnnotations.Marks> expected = new ArrayList<>();
        for (int i = 0; i < analysis.episodes().size(); i++) {
            expected.add(EpisodeAnnotations.Marks.of(i + 1, analysis.episodes().get(i)));
        }
        assertThat(EpisodeAnnotations.read(back.events())).isEqualTo(expected);
        for (int c = 0; c < input.channels().size(); c++) {
            assertThat(back.channels().get(c).values().toArray()).as(input.channels().get(c).label())
                    .isEqualTo(input.channels().get(c).values().toArray());
        }
        if (name.endsWith(".edf")) {
            assertThat(EpisodeAnnotations.read(new MinimalEdfPlus(annotated).annotations.stream()
                    .map(a -> new Event(a.onset(), a.duration(), a.text())).toList())).isEqualTo(expected);
        }
    }

    private static List<Event> concat(List<Event> events, Event more) {
        List<Event> all = new ArrayList<>(events);
        all.add(more);
        return all;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theAnnotationsOnlyFileHasNoSignalsAndSpansTheRecording(long seed) throws IOException {
        Path original = TestData.file("edf-samples/pyedflib_test_generator.edf");
        Recording input = EdfReader.read(original, ChannelTyping.byLabel()).recording();
        SessionAnalysis analysis = randomAnalysis(input, seed);

        Path only = dir.resolve("only-" + seed + ".edf");
        AnnotatedEdfWriter.writeAnnotationsOnly(input, analysis, only);

        MinimalEdfPlus independent = new MinimalEdfPlus(only);
        assertThat(independent.signals).isEmpty();
        assertThat(independent.records * independent.recordSec).isGreaterThanOrEqualTo(input.durationSec());
        assertAnnotationsEqualEpisodes(only, input, analysis);
        Recording back = EdfReader.read(only, ChannelTyping.byLabel()).recording();
        assertThat(back.metadata().start()).isEqualTo(input.metadata().start());
    }

    private static void assertAnnotationsEqualEpisodes(Path annotated, Recording input, SessionAnalysis analysis)
            throws IOException {
        List<EpisodeAnnotations.Marks> expected = new ArrayList<>();
        for (int i = 0; i < analysis.episodes().size(); i++) {
            expected.add(EpisodeAnnotations.Marks.of(i + 1, analysis.episodes().get(i)));
        }
        // Lacrima's reader
        List<Event> lacrimaEvents = EdfReader.read(annotated, ChannelTyping.byLabel()).recording().events();
        assertThat(EpisodeAnnotations.read(lacrimaEvents)).isEqualTo(expected);
        // the reader written from the specification
        MinimalEdfPlus independent = new MinimalEdfPlus(annotated);
        assertThat(independent.version).isEqualTo("0");
        assertThat(independent.reserved).startsWith("EDF+C");
        List<Event> specEvents = independent.annotations.stream()
                .map(a -> new Event(a.onset(), a.duration(), a.text())).toList();
        assertThat(EpisodeAnnotations.read(specEvents)).isEqualTo(expected);
        // the rises not reported, with the check each failed, through both readers
        for (List<Event> events : List.of(lacrimaEvents, specEvents)) {
            List<DroppedCandidate> dropped = EpisodeAnnotations.readDropped(events);
            assertThat(dropped).hasSameSizeAs(analysis.droppedCandidates());
            for (int i = 0; i < dropped.size(); i++) {
                DroppedCandidate want = analysis.droppedCandidates().get(i);
                assertThat(dropped.get(i).reason()).isEqualTo(want.reason());
                assertThat(dropped.get(i).onsetSec()).isEqualTo(want.onsetSec());
                assertThat(dropped.get(i).peakSec()).isEqualTo(want.peakSec());
                assertThat(dropped.get(i).droppedAtSec()).isCloseTo(want.droppedAtSec(), within(1e-6));
            }
        }
        Baseline b = analysis.baseline();
        assertThat(independent.annotations).anySatisfy(a -> {
            assertThat(a.text()).startsWith("Lacrima baseline");
            assertThat(a.onset()).isEqualTo(b.startSec());
            assertThat(a.onset() + a.duration()).isCloseTo(b.endSec(), within(1e-9));
        });
        assertThat(independent.annotations.stream().filter(a -> !a.text().startsWith(EpisodeAnnotations.PREFIX)))
                .hasSize(input.events().size());
    }

    /** Every ordinary signal of the annotated file equals the original's within one step of the original's resolution. */
    private static void assertSignalsUnchanged(Path original, Path annotated) throws IOException {
        MinimalEdfPlus before = new MinimalEdfPlus(original);
        MinimalEdfPlus after = new MinimalEdfPlus(annotated);
        assertThat(after.signals).extracting(MinimalEdfPlus.Signal::label)
                .containsExactlyElementsOf(before.signals.stream().map(MinimalEdfPlus.Signal::label).toList());
        for (int i = 0; i < before.signals.size(); i++) {
            MinimalEdfPlus.Signal s0 = before.signals.get(i);
            MinimalEdfPlus.Signal s1 = after.signals.get(i);
            double step = (s0.physMax() - s0.physMin()) / (s0.digMax() - s0.digMin());
            int n = s0.digital().size();
            assertThat(s1.digital()).hasSizeGreaterThanOrEqualTo(n);
            int worst = 0;
            double worstError = 0;
            for (int k = 0; k < n; k++) {
                double error = Math.abs(s1.physical(s1.digital().get(k)) - s0.physical(s0.digital().get(k)));
                if (error > worstError) {
                    worst = k;
                    worstError = error;
                }
            }
            assertThat(worstError).as("%s sample %d", s0.label(), worst).isLessThanOrEqualTo(step);
        }
    }

    private static SessionAnalysis randomAnalysis(Recording recording, long seed) {
        Random r = new Random(seed);
        double duration = recording.durationSec();
        List<Episode> episodes = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            double onset = t + r.nextDouble() * duration / 8;
            double peak = onset + r.nextDouble() * duration / 16;
            double release = r.nextBoolean() ? Double.NaN : peak + r.nextDouble();
            double end = peak + 1 + r.nextDouble() * duration / 16;
            t = end;
            episodes.add(new Episode(onset, peak, release, end, Outcome.values()[r.nextInt(3)], r.nextBoolean(),
                    r.nextDouble(), new EpisodeMetrics(1, 2, 0.5, 3, 1, 4, 0, 5, Double.NaN, List.of("EDA"))));
        }
        double baselineEnd = r.nextDouble() * duration / 4;
        List<DroppedCandidate> dropped = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            double onset = duration * r.nextDouble() * 0.8;
            double peak = onset + (duration - onset) * 0.5 * r.nextDouble();
            dropped.add(new DroppedCandidate(onset, peak, peak + (duration - peak) * r.nextDouble(),
                    DropReason.values()[r.nextInt(DropReason.values().length)]));
        }
        return new SessionAnalysis(recording.metadata(), duration, List.of(), recording.events(),
                new Baseline(0, baselineEnd, r.nextBoolean()), episodes, List.of(), Markers.none(), List.of(),
                SessionHrv.NONE, dropped);
    }

}
