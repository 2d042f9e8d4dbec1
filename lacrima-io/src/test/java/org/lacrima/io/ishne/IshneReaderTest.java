package org.lacrima.io.ishne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.FormatDetector;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.TestData;

class IshneReaderTest {
    private static final Path HOLTER = TestData.file("foreign/ishne/holter.ecg");

    @TempDir
    Path dir;

    @Test
    void readsTheLifecardHolterAsItsHeaderDeclaresIt() throws IOException {
        assertThat(FormatDetector.detect(HOLTER)).isEqualTo(RecordingFormat.ISHNE);

        ReadResult read = RecordingReaders.read(HOLTER, ReadOptions.defaults());
        Recording rec = read.recording();

        assertThat(read.warnings()).isEmpty(); // the stored CRC matches
        assertThat(rec.channels()).extracting(Channel::label).containsExactly("ECG1", "ECG2", "ECG3");
        assertThat(rec.channels()).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(ChannelType.ECG);
            assertThat(c.rateHz()).isEqualTo(128.0);
            assertThat(c.length()).isEqualTo(597_376);
            assertThat(c.unit()).isEqualTo("mV");
        });
        assertThat(rec.metadata().start()).contains(LocalDateTime.of(2019, 8, 9, 10, 5, 0));
        assertThat(rec.metadata().subjectCode()).isEqualTo("00000000");
        // the file opens with a ±0.5 mV calibration square wave (resolution 2441 nV per unit)
        Channel lead1 = rec.channels().get(0);
        double[] first = new double[128 * 10];
        for (int i = 0; i < first.length; i++) {
            first[i] = lead1.values().get(i);
        }
        assertThat(Arrays.stream(first).min().orElseThrow()).isCloseTo(-0.5, within(0.01));
        assertThat(Arrays.stream(first).max().orElseThrow()).isCloseTo(0.5, within(0.01));
    }

    @Test
    void aTruncatedFileLoadsItsWholeFramesWithAWarning() throws IOException {
        byte[] all = Files.readAllBytes(HOLTER);
        Path cut = Files.write(dir.resolve("cut.ecg"), Arrays.copyOf(all, 522 + 6 * 1000 + 4));

        ReadResult read = RecordingReaders.read(cut, ReadOptions.defaults());

        assertThat(read.recording().channels()).allSatisfy(c -> assertThat(c.length()).isEqualTo(1000));
        assertThat(read.warnings()).singleElement().asString().startsWith("cut.ecg: file holds 1000 of 597376");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 300, 501})
    void aChangedHeaderByteIsReportedAsAChecksumMismatch(int offsetInHeader) throws IOException {
        byte[] bytes = Arrays.copyOf(Files.readAllBytes(HOLTER), 522 + 6 * 500);
        // bytes 28..107 are the name fields: any change there leaves the header usable but breaks the CRC
        int at = 28 + offsetInHeader % 80;
        bytes[at] ^= 0x5A;
        Path changed = Files.write(dir.resolve("changed.ecg"), bytes);

        ReadResult read = RecordingReaders.read(changed, ReadOptions.defaults());

        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("checksum does not match"));
    }

    /** Header fields a reader cannot use are refused in one line naming the file; nothing is echoed from the data. */
    @ParameterizedTest
    @CsvSource({"156, 0, 0 leads", "156, 13, 13 leads", "272, 0, sampling rate", "206, -5, amplitude resolution",
            "22, 100, ECG offset", "10, 2000000000, variable block"})
    void unusableHeaderFieldsAreRefusedInOneLine(int offset, int value, String problem) throws IOException {
        byte[] bytes = Arrays.copyOf(Files.readAllBytes(HOLTER), 522 + 6 * 500);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (offset == 10 || offset == 22) {
            b.putInt(offset, value);
        } else {
            b.putShort(offset, (short) value);
        }
        Path bad = Files.write(dir.resolve("bad.ecg"), bytes);

        Throwable t = catchThrowable(() -> RecordingReaders.read(bad, ReadOptions.defaults()));

        assertThat(t).isInstanceOf(RecordingFormatException.class);
        assertThat(t.getMessage()).startsWith("bad.ecg: ").contains(problem).doesNotContain("\n");
    }

    /** Random damage anywhere in the header: always a recording or a one-line refusal, never another exception. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void randomHeaderDamageNeverEscapesAsAnythingButOneLine(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = Arrays.copyOf(Files.readAllBytes(HOLTER), 522 + 6 * 300);
        for (int k = 0; k < 1 + random.nextInt(6); k++) {
            bytes[8 + random.nextInt(514)] = (byte) random.nextInt(256);
        }
        Path damaged = Files.write(dir.resolve("damaged.ecg"), bytes);

        Throwable t = catchThrowable(() -> RecordingReaders.read(damaged, ReadOptions.defaults()));

        if (t != null) {
            assertThat(t).isInstanceOf(RecordingFormatException.class);
            assertThat(t.getMessage()).startsWith("damaged.ecg: ").doesNotContain("\n");
        }
    }

    @Test
    void theHeaderChecksumIsCrcCcitt() {
        // CRC-CCITT (0xFFFF initial) of "123456789" is 0x29B1, the standard check value
        assertThat(IshneReader.crcCcitt("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo(0x29B1);
    }
}
