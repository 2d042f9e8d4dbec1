package org.lacrima.io.wfdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingStream;
import org.lacrima.io.TestData;

class WfdbReaderTest {

    @TempDir
    Path dir;

    private static ReadResult read(String name) throws IOException {
        return WfdbReader.read(TestData.file(name), ChannelTyping.byLabel());
    }

    /** Every record: sample counts and rates as in the header, and checksums/first values verified (no warning). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mitdb/100.hea, 2, 360, 650000",
        "mitdb/208.hea, 2, 360, 650000",
        "svdb/800.hea, 2, 128, 230400",
        "noneeg/Subject1_AccTempEDA.hea, 5, 8, 18343",
        "noneeg/Subject2_AccTempEDA.hea, 5, 8, 18327",
        "noneeg/Subject1_SpO2HR.hea, 2, 1, 2299",
        "noneeg/Subject2_SpO2HR.hea, 2, 1, 2297",
    })
    void recordLoadsWithVerifiedChecksums(String name, int signals, double rate, int samples) throws IOException {
        ReadResult r = read(name);

        assertThat(r.warnings()).as("checksum and first-value mismatches are warnings")
                .allMatch(w -> w.contains("channels are labelled")); // svdb 800: two leads labelled ECG
        assertThat(r.recording().channels()).hasSize(signals).allSatisfy(c -> {
            assertThat(c.rateHz()).isEqualTo(rate);
            assertThat(c.length()).isEqualTo(samples);
        });
    }

    @Test
    void mitBih100HasItsTwoLeadsScaledAnd2273ReferenceBeats() throws IOException {
        Recording rec = read("mitdb/100.hea").recording();

        assertThat(rec.channels()).extracting(Channel::label).containsExactly("MLII", "V5");
        assertThat(rec.channels()).extracting(Channel::type).containsOnly(ChannelType.ECG);
        assertThat(rec.channels()).extracting(Channel::unit).containsOnly("mV");
        // initval 995 with ADC zero 1024 and gain 200: (995 - 1024) / 200 mV
        assertThat(rec.channels().get(0).values().get(0)).isCloseTo(-0.145, within(1e-12));
        assertThat(rec.channels().get(1).values().get(0)).isCloseTo((1011 - 1024) / 200.0, within(1e-12));
        Map<String, Long> bySymbol = rec.referenceBeats().stream()
                .collect(Collectors.groupingBy(BeatAnnotation::symbol, Collectors.counting()));
        assertThat(rec.referenceBeats()).hasSize(2273);
        assertThat(bySymbol).containsEntry("N", 2239L).containsEntry("A", 33L).containsEntry("V", 1L);
        assertThat(rec.events()).extracting(Event::label).containsExactly("(N");
        assertThat(rec.referenceBeats()).allSatisfy(b -> assertThat(b.timeSec()).isBetween(0.0, 1805.6));
    }

    @Test
    void mitBih208AndSvdb800CountTheirBeatsAndNonBeatAnnotations() throws IOException {
        Recording r208 = read("mitdb/208.hea").recording();
        Recording r800 = read("svdb/800.hea").recording();

        assertThat(r208.referenceBeats()).hasSize(2955);
        assertThat(r208.events()).hasSize(3040 - 2955);
        assertThat(r208.events().stream().filter(e -> e.label().equals("~")).count()).isEqualTo(24);
        assertThat(r800.referenceBeats()).hasSize(1883);
        assertThat(r800.events()).hasSize(1921 - 1883);
        assertThat(r800.channels()).extracting(Channel::rateHz).containsOnly(128.0);
    }

    @Test
    void driveDbMultiFrequencyFramesGiveEachSignalItsRate() throws IOException {
        ReadResult r = read("drivedb/drive05.hea");
        Recording rec = r.recording();

        assertThat(r.warnings()).isEmpty();
        assertThat(rec.channels()).extracting(Channel::label)
                .containsExactly("ECG", "EMG", "foot GSR", "hand GSR", "HR", "marker", "RESP");
        assertThat(rec.channels()).extracting(Channel::rateHz).containsExactly(496.0, 15.5, 31.0, 31.0, 15.5, 15.5, 31.0);
        assertThat(rec.channels()).extracting(Channel::length)
                .containsExactly(78367 * 32, 78367, 78367 * 2, 78367 * 2, 78367, 78367, 78367 * 2);
        assertThat(rec.channels()).extracting(Channel::type).containsExactly(ChannelType.ECG, ChannelType.OTHER,
                ChannelType.EDA, ChannelType.EDA, ChannelType.HR, ChannelType.OTHER, ChannelType.RSP);
        assertThat(rec.channel("HR").orElseThrow().unit()).isEqualTo("bpm");
        assertThat(rec.channel("HR").orElseThrow().values().get(0)).isEqualTo(89.0);
        assertThat(rec.durationSec()).isCloseTo(5055.9, within(0.1));
        assertThat(read("drivedb/drive06.hea").warnings()).isEmpty();
    }

    @Test
    void nonEegStageAnnotationsBecomeEventsAtTheirTimes() throws IOException {
        Recording s1 = read("noneeg/Subject1_AccTempEDA.hea").recording();
        Recording s2 = read("noneeg/Subject2_AccTempEDA.hea").recording();

        assertThat(s1.events()).extracting(Event::label).containsExactly("Relax", "PhysicalStress", "Relax",
                "EmotionalStress", "CognitiveStress", "Relax", "EmotionalStress", "Relax");
        double[] s1Times = {0.1, 300.1, 628.2, 928.4, 968.5, 1332.6, 1632.8, 1992.9};
        double[] s2Times = {0.1, 300.1, 627.2, 927.4, 967.5, 1322.6, 1622.8, 1990.9};
        for (int i = 0; i < s1Times.length; i++) {
            assertThat(s1.events().get(i).onsetSec()).isCloseTo(s1Times[i], within(0.051));
            assertThat(s2.events().get(i).onsetSec()).isCloseTo(s2Times[i], within(0.051));
        }
        assertThat(s1.channel("temp").orElseThrow().unit()).isEqualTo("degC");
        assertThat(s1.channel("EDA").orElseThrow().type()).isEqualTo(ChannelType.EDA);
        // fractional gain with a baseline: 25361.4551084(-34770), first value -32664
        assertThat(s1.channel("EDA").orElseThrow().values().get(0))
                .isCloseTo((-32664 + 34770) / 25361.4551084, within(1e-9));
    }

    @Test
    void aWrongChecksumIsAWarningAndTheSamplesStillLoad() throws IOException {
        Path src = TestData.file("svdb/800.hea");
        Files.copy(src.resolveSibling("800.dat"), dir.resolve("800.dat"));
        String header = Files.readString(src, StandardCharsets.ISO_8859_1).replace("-25183", "-25184");
        Files.writeString(dir.resolve("800.hea"), header, StandardCharsets.ISO_8859_1);

        ReadResult r = WfdbReader.read(dir.resolve("800.hea"), ChannelTyping.byLabel());

        assertThat(r.warnings()).filteredOn(w -> w.contains("checksum")).singleElement().asString().contains("800.dat");
        assertThat(r.recording().channels().get(0).length()).isEqualTo(230400);
    }

    @Test
    void streamingGivesTheSameSamplesBeatsAndChecksumVerdict() throws IOException {
        Recording whole = read("mitdb/100.hea").recording();
        try (RecordingStream s = WfdbReader.open(TestData.file("mitdb/100.dat"), ChannelTyping.byLabel())) {
            assertThat(s.header().durationSec()).isCloseTo(650000 / 360.0, within(1e-9));
            int beats = 0;
            int samples = 0;
            while (s.hasNext()) {
                Recording chunk = s.next(61.3);
                Channel c = chunk.channels().get(0);
                int at = (int) Math.round(c.startOffsetSec() * 360);
                for (int i = 0; i < c.length(); i += 97) {
                    assertThat(c.values().get(i)).isEqualTo(whole.channels().get(0).values().get(at + i));
                }
                samples += c.length();
                beats += chunk.referenceBeats().size();
            }
            assertThat(samples).isEqualTo(650000);
            assertThat(beats).isEqualTo(2273);
            assertThat(s.warnings()).isEmpty();
        }
    }

    @Test
    void headerOfMapsSignalAndAnnotationFilesToTheHeader() {
        assertThat(WfdbReader.headerOf(Path.of("a/100.dat"))).isEqualTo(Path.of("a/100.hea"));
        assertThat(WfdbReader.headerOf(Path.of("a/100.atr"))).isEqualTo(Path.of("a/100.hea"));
        assertThat(WfdbReader.headerOf(Path.of("a/100.hea"))).isEqualTo(Path.of("a/100.hea"));
    }


    /**
     * Issue 13: the last, partial packing group holds real samples (212 with an odd count, 310/311
     * with counts not a multiple of three); the headers' checksums cover them all, so no warning.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"foreign/wfdb/100_3chan.hea, 3, 999", "foreign/wfdb/310derive_3.hea, 1, 1018",
        "foreign/wfdb/311derive_3.hea, 1, 1019", "foreign/wfdb/311derive_4.hea, 1, 1018"})
    void aPartialLastPackingGroupIsReadWithVerifiedChecksums(String name, int signals, int samples) throws IOException {
        ReadResult r = read(name);

        assertThat(r.warnings()).isEmpty();
        assertThat(r.recording().channels()).hasSize(signals)
                .allSatisfy(c -> assertThat(c.length()).isEqualTo(samples));
    }

    /** Issue 13: skew is applied: the skewed signal's sample for frame t is the one stored at frame t + 3. */
    @Test
    void signalSkewShiftsTheSkewedSignalAndEndsItInNaN() throws IOException {
        Recording plain = read("foreign/wfdb/test01_00s.hea").recording();
        ReadResult skewed = read("foreign/wfdb/test01_00s_skew.hea");

        assertThat(skewed.warnings()).as("checksums still cover the stored samples").isEmpty();
        double[] stored = plain.channels().get(1).values().toArray();
        double[] shifted = skewed.recording().channels().get(1).values().toArray();
        assertThat(shifted).hasSize(4000);
        for (int t = 0; t < 3997; t++) {
            assertThat(shifted[t]).isEqualTo(stored[t + 3]);
        }
        assertThat(Arrays.copyOfRange(shifted, 3997, 4000)).containsOnly(Double.NaN);
        assertThat(skewed.recording().channels().get(0).values().toArray())
                .containsExactly(plain.channels().get(0).values().toArray());
    }

    @Test
    void theStreamAppliesTheSameSkewAcrossChunks() throws IOException {
        double[] whole = read("foreign/wfdb/test01_00s_skewframe.hea").recording().channels().get(0).values().toArray();
        List<Double> streamed = new java.util.ArrayList<>();
        try (RecordingStream s = WfdbReader.open(TestData.file("foreign/wfdb/test01_00s_skewframe.hea"),
                ChannelTyping.byLabel())) {
            while (s.hasNext()) {
                for (double v : s.next(0.5).channels().get(0).values().toArray()) {
                    streamed.add(v);
                }
            }
        }

        assertThat(streamed).containsExactly(Arrays.stream(whole).boxed().toArray(Double[]::new));
        assertThat(whole[0]).isNotNaN();
    }
}
