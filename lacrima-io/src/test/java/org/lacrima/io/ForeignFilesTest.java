package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.wfdb.WfdbHeader;
import org.lacrima.io.wfdb.WfdbHeaderParser;
import org.lacrima.io.wfdb.WfdbReader;
import org.lacrima.io.wfdb.WfdbSignalSpec;

/**
 * Acceptance for issue 13: every file under {@code foreign/} is read and checked against its own
 * header (WFDB: channels, rates, sample counts, checksums) or the MANIFEST, or refused with the
 * exact one line.
 */
class ForeignFilesTest {

    static Stream<String> readable() {
        return ForeignFiles.readable().stream();
    }

    static Stream<String> refused() {
        return ForeignFiles.REFUSED.keySet().stream().sorted();
    }

    @Test
    void everyFileIsEitherReadOrRefusedAndTheListIsComplete() {
        assertThat(ForeignFiles.all()).hasSize(97).containsAll(ForeignFiles.REFUSED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithItsOneLine(String file) {
        assertThatThrownBy(() -> RecordingReaders.read(ForeignFiles.root().resolve(file), ReadOptions.defaults()))
                .isInstanceOf(RecordingFormatException.class).hasMessage(ForeignFiles.REFUSED.get(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void isReadAsItsHeaderOrTheManifestSays(String file) throws IOException {
        Path path = ForeignFiles.root().resolve(file);
        ReadResult r = RecordingReaders.read(path, ReadOptions.defaults());
        if (file.startsWith("wfdb/")) {
            checkWfdb(file, path, r);
        } else {
            checkOther(file, r.recording());
        }
    }

    private static void checkWfdb(String file, Path path, ReadResult r) throws IOException {
        Path header = WfdbReader.headerOf(path);
        assertThat(r.warnings()).as("checksums in the header cover every sample").noneMatch(w -> w.contains("checksum"));
        if (!file.contains("_frame") && !file.contains("skewframe")) {
            // the _frame headers' first-sample field disagrees with the data on purpose (MANIFEST)
            assertThat(r.warnings()).noneMatch(w -> w.contains("first sample"));
        }
        assertThat(r.warnings()).noneMatch(w -> w.contains("truncated"));
        String recordLine = Files.readAllLines(header, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
        List<Channel> channels = r.recording().channels();
        if (recordLine.split("\\s+")[0].contains("/")) {
            checkMultiSegment(header, r);
            return;
        }
        WfdbHeader h = WfdbHeaderParser.parse(header);
        assertThat(channels).hasSameSizeAs(h.signals());
        for (int i = 0; i < channels.size(); i++) {
            WfdbSignalSpec s = h.signals().get(i);
            Channel c = channels.get(i);
            assertThat(c.rateHz()).isEqualTo(h.frameRateHz() * s.samplesPerFrame());
            assertThat((long) c.length()).isEqualTo(h.frames() * s.samplesPerFrame());
        }
    }

    /** The master header's segment lengths add up to every channel's length; gaps are NaN. */
    private static void checkMultiSegment(Path header, ReadResult r) throws IOException {
        List<String> lines = Files.readAllLines(header, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        String[] rec = lines.get(0).split("\\s+");
        int segments = Integer.parseInt(rec[0].split("/")[1]);
        long total = lines.subList(1, segments + 1).stream().mapToLong(l -> Long.parseLong(l.split("\\s+")[1])).sum();
        assertThat(Long.parseLong(rec[3])).isEqualTo(total);
        double fs = Double.parseDouble(rec[2]);
        assertThat(r.recording().channels()).isNotEmpty().allSatisfy(c ->
                assertThat((double) c.length()).isEqualTo(total * Math.round(c.rateHz() / fs)));
        long gaps = lines.subList(1, segments + 1).stream().filter(l -> l.startsWith("~"))
                .mapToLong(l -> Long.parseLong(l.split("\\s+")[1])).sum();
        if (gaps > 0) {
            Channel first = r.recording().channels().get(0);
            for (int i = 0; i < gaps; i++) {
                assertThat(first.values().get(i)).isNaN();
            }
            assertThat(r.warnings()).anyMatch(w -> w.contains(gaps + " frames") && w.contains("gaps"));
        }
    }

    private static void checkOther(String file, Recording rec) {
        switch (file) {
            case "csv/eda-explorer/EDA copia.txt" -> expect(rec, List.of("EDA"), ChannelType.EDA, 4.0, 11430);
            case "csv/eda-explorer/EDAandtags.csv" -> {
                expect(rec, List.of("column2", "column3"), ChannelType.OTHER, 4.0, 7416);
                assertThat(rec.durationSec()).isEqualTo(1854.0);
            }
            case "csv/garmin/acc.csv" -> {
                assertThat(rec.channels()).extracting(Channel::label).containsExactly("acc 1", "acc 2", "acc 3");
                assertThat(rec.channels()).allSatisfy(c -> {
                    assertThat(c.type()).isEqualTo(ChannelType.ACC);
                    assertThat(c.rateHz()).isEqualTo(25.0);
                });
                // first row 12:09:01.702, last 12:25:00 minus a few ms: 958.06 s with 10000 rows around gaps
                assertThat(rec.durationSec()).isCloseTo(958.06, within(0.05));
                assertThat(rec.metadata().start()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2019-10-16T10:09:01.702"));
            }
            case "csv/garmin/data.csv" -> {
                assertThat(rec.channels()).extracting(Channel::label).containsExactly("STEPS", "HEART_RATE_VARIABILITY",
                        "CALORIES", "ASCENT", "INTENSITY_MINUTES", "HEART_RATE", "STRESS");
                assertThat(rec.channels()).extracting(Channel::length).containsExactly(96, 14316, 252, 36, 14, 8748, 2111);
                assertThat(rec.channel("HEART_RATE").orElseThrow().type()).isEqualTo(ChannelType.HR);
                Channel rr = rec.channel("HEART_RATE_VARIABILITY").orElseThrow();
                assertThat(rr.type()).isEqualTo(ChannelType.RR);
                assertThat(rr.values().get(0)).isEqualTo(0.821);
                assertThat(rec.metadata().start()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2019-10-16T10:08:58.041"));
            }
            case "csv/polar-HR.txt" -> expect(rec, List.of("polar-HR"), ChannelType.HR, 1.0, 738);
            case "edf/duplicate_channel_labels.edf" -> {
                assertThat(rec.channels()).extracting(Channel::label).containsExactly("EEG F1-Ref", "EEG F2-Ref", "EEG F1-Ref#2");
                assertThat(rec.channels()).allSatisfy(c -> assertThat(c.length()).isEqualTo(2500));
                assertThat(rec.durationSec()).isEqualTo(10.0);
            }
            case "ishne/holter.ecg" -> expect(rec, List.of("ECG1", "ECG2", "ECG3"), ChannelType.ECG, 128.0, 597376);
            default -> throw new AssertionError("no expectation written for " + file);
        }
    }

    private static void expect(Recording rec, List<String> labels, ChannelType type, double rateHz, int samples) {
        assertThat(rec.channels()).extracting(Channel::label).containsExactlyElementsOf(labels);
        assertThat(rec.channels()).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(type);
            assertThat(c.rateHz()).isEqualTo(rateHz);
            assertThat(c.length()).isEqualTo(samples);
        });
    }
}
