package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.edf.EdfWriter;

/**
 * A corpus of broken inputs generated from valid ones. Each must give a one-line
 * {@link RecordingFormatException} naming the file, or load with a warning where the file is still
 * usable. The timeout only guards against a reader that hangs.
 */
@Timeout(30)
class BadInputCorpusTest {

    @TempDir
    static Path dir;

    private static byte[] edf;
    private static final int EDF_RECORDS = 10;

    @BeforeEach
    void validEdf() throws IOException {
        if (edf == null) {
            double[] ecg = new double[EDF_RECORDS * 256];
            double[] eda = new double[EDF_RECORDS * 4];
            Random rnd = new Random(5);
            Arrays.setAll(ecg, i -> rnd.nextGaussian());
            Arrays.setAll(eda, i -> 2 + rnd.nextDouble());
            Recording rec = new Recording(RecordingMetadata.of("x"), List.of(
                    Channel.regular("ECG", ChannelType.ECG, "mV", 256, 0, Samples.wrap(ecg)),
                    Channel.regular("EDA", ChannelType.EDA, "uS", 4, 0, Samples.wrap(eda))),
                    List.of(Event.at(1.5, "start")));
            Path p = dir.resolve("valid.edf");
            EdfWriter.write(rec, p);
            edf = Files.readAllBytes(p);
        }
    }

    private static byte[] edfWithField(int offset, int width, String value) {
        byte[] b = edf.clone();
        byte[] v = String.format("%-" + width + "s", value).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(v, 0, b, offset, width);
        return b;
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("empty.edf", (Object) new byte[0], "empty file"),
                Arguments.of("empty.csv", (Object) new byte[0], "empty file"),
                Arguments.of("truncated-header.edf", (Object) Arrays.copyOf(edfBytes(), 100), "truncated header"),
                Arguments.of("truncated-signals.edf", (Object) Arrays.copyOf(edfBytes(), 600), "truncated header"),
                Arguments.of("records-nan.edf", (Object) edfWithField(236, 8, "abc"), "number of data records is not an integer: 'abc'"),
                Arguments.of("duration-negative.edf", (Object) edfWithField(244, 8, "-1"), "invalid data record duration"),
                Arguments.of("duration-zero.edf", (Object) edfWithField(244, 8, "0"), "duration is 0 s"),
                Arguments.of("signals-nan.edf", (Object) edfWithField(252, 4, "x"), "number of signals is not an integer"),
                Arguments.of("huge-samples.edf", (Object) edfWithField(256 + 3 * 216, 8, "99999999"), "no complete data record"),
                Arguments.of("garbage.bin", (Object) garbage(7, 5000), "unknown format"),
                Arguments.of("hello.txt", (Object) "hello\n".getBytes(StandardCharsets.US_ASCII), "no data rows"),
                Arguments.of("ragged.csv", (Object) "time,ECG,EDA\n0,1,2\n0.1,1\n0.2,1,2\n".getBytes(StandardCharsets.US_ASCII),
                        "line 3 has 2 fields, the header has 3"),
                Arguments.of("letters.csv", (Object) "time,ECG\n0,1\n0.1,x1\n".getBytes(StandardCharsets.US_ASCII),
                        "line 3, column 2: 'x1' is not a number"),
                Arguments.of("backwards.csv", (Object) "time,ECG\n0,1\n0.1,1\n0.05,1\n".getBytes(StandardCharsets.US_ASCII),
                        "does not increase"),
                Arguments.of("notime.csv", (Object) "ECG,EDA\n1,2\n1,2\n".getBytes(StandardCharsets.US_ASCII),
                        "no time column; give the sampling rate in hertz (--rate)"),
                Arguments.of("onlyheader.csv", (Object) "time,ECG\n".getBytes(StandardCharsets.US_ASCII), "no data rows"));
    }

    private static byte[] edfBytes() {
        return edf;
    }

    private static byte[] garbage(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        b[0] = 0x13;
        b[1] = 0;
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void brokenFileGivesAOneLineErrorNamingIt(String name, byte[] content, String problem) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);

        assertOneLineError(f, ReadOptions.defaults(), problem);
    }

    @Test
    void truncatedLastRecordLoadsTheCompleteOnesWithAWarning() throws IOException {
        Path f = dir.resolve("truncated-data.edf");
        Files.write(f, Arrays.copyOf(edf, edf.length - 7));

        ReadResult r = RecordingReaders.read(f, ReadOptions.defaults());

        assertThat(r.recording().channels().get(0).length()).isEqualTo((EDF_RECORDS - 1) * 256);
        assertThat(r.warnings()).singleElement().asString().startsWith("truncated-data.edf: header declares 10 data records");
    }

    @Test
    void headerLyingAboutTheRecordCountIsAWarningEitherWay() throws IOException {
        Path more = dir.resolve("claims-more.edf");
        Path fewer = dir.resolve("claims-fewer.edf");
        Path unknown = dir.resolve("claims-unknown.edf");
        Files.write(more, edfWithField(236, 8, "1000000"));
        Files.write(fewer, edfWithField(236, 8, "4"));
        Files.write(unknown, edfWithField(236, 8, "-1"));

        ReadResult m = RecordingReaders.read(more, ReadOptions.defaults());
        ReadResult f = RecordingReaders.read(fewer, ReadOptions.defaults());
        ReadResult u = RecordingReaders.read(unknown, ReadOptions.defaults());

        assertThat(m.recording().durationSec()).isEqualTo(EDF_RECORDS);
        assertThat(m.warnings()).singleElement().asString().contains("declares 1000000");
        assertThat(f.recording().durationSec()).isEqualTo(4.0);
        assertThat(f.warnings()).singleElement().asString().contains("ignored");
        assertThat(u.recording().durationSec()).isEqualTo(EDF_RECORDS);
        assertThat(u.warnings()).isEmpty();
    }

    @Test
    void headerLyingAboutSamplesPerRecordIsCaught() throws IOException {
        // ECG declares 512 samples per record instead of 256: the records no longer fill the file evenly
        Path f = dir.resolve("lying-spr.edf");
        Files.write(f, edfWithField(256 + 3 * 216, 8, "512"));

        ReadResult r = RecordingReaders.read(f, ReadOptions.defaults());

        assertThat(r.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("lying-spr.edf: "));
    }

    @Test
    void garbledAnnotationsAreAWarningAndTheSignalsStillLoad() throws IOException {
        byte[] b = edf.clone();
        int headerBytes = 256 * 4;
        int annotationStart = headerBytes + (256 + 4) * 2;
        b[annotationStart] = 'x';
        b[annotationStart + 1] = 0x14;
        Path f = dir.resolve("bad-tal.edf");
        Files.write(f, b);

        ReadResult r = RecordingReaders.read(f, ReadOptions.defaults());

        assertThat(r.recording().channels()).hasSize(2);
        assertThat(r.warnings()).singleElement().asString().contains("data record 1");
    }

    @Test
    void wfdbHeaderClaimingATrillionSamplesIsAnErrorNotOutOfMemory() throws IOException {
        Files.write(dir.resolve("big.dat"), new byte[1000]);
        Files.writeString(dir.resolve("big.hea"), "big 1 250 1000000000000\nbig.dat 16 200 16 0 0 0 0 ECG\n");

        assertOneLineError(dir.resolve("big.hea"), ReadOptions.defaults(), "header declares 1000000000000 samples");
    }

    @Test
    void wfdbTruncatedSignalFileLoadsWithAWarning() throws IOException {
        Files.write(dir.resolve("short.dat"), new byte[1000]);
        Files.writeString(dir.resolve("short.hea"), "short 1 250 5000\nshort.dat 16 200 16 0 0 0 0 ECG\n");

        ReadResult r = RecordingReaders.read(dir.resolve("short.hea"), ReadOptions.defaults());

        assertThat(r.recording().channels().get(0).length()).isEqualTo(500);
        assertThat(r.warnings()).singleElement().asString().contains("truncated");
    }

    @Test
    void wfdbBadFieldsAndRates() throws IOException {
        Files.write(dir.resolve("w.dat"), new byte[100]);
        Files.writeString(dir.resolve("zero.hea"), "w 1 0 50\nw.dat 16 200 16 0 0 0 0 ECG\n");
        Files.writeString(dir.resolve("neg.hea"), "w 1 -250 50\nw.dat 16 200 16 0 0 0 0 ECG\n");
        Files.writeString(dir.resolve("text.hea"), "w 1 fast 50\nw.dat 16 200 16 0 0 0 0 ECG\n");
        Files.writeString(dir.resolve("fmt.hea"), "w 1 250 50\nw.dat 999 200 16 0 0 0 0 ECG\n");
        Files.writeString(dir.resolve("nosig.hea"), "w 2 250 50\nw.dat 16 200 16 0 0 0 0 ECG\n");
        Files.writeString(dir.resolve("nodat.hea"), "w 1 250 50\nmissing.dat 16 200 16 0 0 0 0 ECG\n");
        ReadOptions wfdb = ReadOptions.defaults().withFormat(RecordingFormat.WFDB);

        assertOneLineError(dir.resolve("zero.hea"), wfdb, "sampling frequency must be positive");
        assertOneLineError(dir.resolve("neg.hea"), wfdb, "sampling frequency must be positive");
        assertOneLineError(dir.resolve("text.hea"), wfdb, "sampling frequency is not a number: 'fast'");
        assertOneLineError(dir.resolve("fmt.hea"), wfdb, "format 999 is not supported");
        assertOneLineError(dir.resolve("nosig.hea"), wfdb, "declares 2 signals but has 1 signal lines");
        assertOneLineError(dir.resolve("nodat.hea"), wfdb, "signal file missing.dat not found");
    }

    @Test
    void e4ZipWithoutE4FilesAndE4FileWithZeroRate() throws IOException {
        Path zip = dir.resolve("empty-export.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write(1);
            z.closeEntry();
        }
        Path folder = Files.createDirectories(dir.resolve("e4-zero-rate"));
        Files.writeString(folder.resolve("EDA.csv"), "1495437325.0\n0.0\n0.1\n0.2\n");

        assertOneLineError(zip, ReadOptions.defaults(), "zip holds no Empatica E4 files");
        assertOneLineError(folder, ReadOptions.defaults(), "sampling rate must be positive");
        assertOneLineError(dir.resolve("no-such-file.edf"), ReadOptions.defaults(), "file not found");
    }

    @Test
    void nanRowsInCsvAreKeptAsMissingWithAWarning() throws IOException {
        Path f = dir.resolve("nan.csv");
        Files.writeString(f, "time,ECG\n0,1\n0.1,NaN\n0.2,nan\n0.3,2\n");

        ReadResult r = RecordingReaders.read(f, ReadOptions.defaults());

        assertThat(r.recording().channels().get(0).length()).isEqualTo(4);
        assertThat(r.warnings()).singleElement().asString().isEqualTo("nan.csv: 2 NaN cells kept as missing samples");
    }

    @Test
    void zeroOrNegativeCsvRateIsRejectedByTheOptions() {
        assertThatThrownBy(() -> ReadOptions.defaults().withRateHz(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> ReadOptions.defaults().withRateHz(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomMutationsOfAValidEdfNeverEscapeAsAnythingButFormatErrors() throws IOException {
        Random rnd = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] b = edf.clone();
            int flips = 1 + rnd.nextInt(8);
            for (int k = 0; k < flips; k++) {
                int at = rnd.nextInt(rnd.nextBoolean() ? 256 * 4 : b.length);
                b[at] = (byte) rnd.nextInt(256);
            }
            if (rnd.nextInt(4) == 0) {
                b = Arrays.copyOf(b, rnd.nextInt(b.length));
            }
            Path f = dir.resolve("mutant" + i + ".edf");
            Files.write(f, b);
            try {
                RecordingReaders.read(f, ReadOptions.defaults().withFormat(RecordingFormat.EDF));
            } catch (RecordingFormatException e) {
                assertThat(e.getMessage()).startsWith(f.getFileName() + ": ").doesNotContain("\n");
            }
        }
    }

    @Test
    void randomMutationsOfWfdbAndCsvInputsNeverEscapeAsAnythingButFormatErrors() throws IOException {
        Random rnd = new Random(12);
        Path src = TestData.file("svdb/800.hea");
        byte[] hea = Files.readAllBytes(src);
        byte[] atr = Files.readAllBytes(src.resolveSibling("800.atr"));
        byte[] csv = Arrays.copyOf(Files.readAllBytes(TestData.file("neurokit/bio_resting_5min_100hz.csv")), 20000);
        for (int i = 0; i < 60; i++) {
            Path d = Files.createDirectories(dir.resolve("mut" + i));
            Files.copy(src.resolveSibling("800.dat"), d.resolve("800.dat"));
            Files.write(d.resolve("800.hea"), mutate(hea, rnd));
            Files.write(d.resolve("800.atr"), mutate(atr, rnd));
            Files.write(d.resolve("x_100hz.csv"), mutate(csv, rnd));
            for (Path f : List.of(d.resolve("800.hea"), d.resolve("x_100hz.csv"))) {
                try {
                    RecordingReaders.read(f, ReadOptions.defaults());
                } catch (RecordingFormatException e) {
                    assertThat(e.getMessage()).doesNotContain("\n");
                }
            }
        }
    }

    private static byte[] mutate(byte[] original, Random rnd) {
        byte[] b = original.clone();
        for (int k = 0; k < 1 + rnd.nextInt(6); k++) {
            b[rnd.nextInt(b.length)] = (byte) (rnd.nextBoolean() ? rnd.nextInt(256) : "0123456789 ,.-\n".charAt(rnd.nextInt(15)));
        }
        return rnd.nextInt(4) == 0 ? Arrays.copyOf(b, rnd.nextInt(b.length)) : b;
    }

    private static void assertOneLineError(Path f, ReadOptions options, String problem) {
        assertThatThrownBy(() -> RecordingReaders.read(f, options))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessageStartingWith(f.getFileName() + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

}
