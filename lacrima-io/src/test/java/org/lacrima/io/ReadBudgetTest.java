package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Memory budgets (issue 11, item 2): what a file declares is weighed before anything large is
 * allocated, and a zip is weighed by what it declares and again while it is inflated.
 */
class ReadBudgetTest {
    private static final String EDF = "edf-samples/pyedflib_test_generator.edf";

    @TempDir
    Path dir;

    private static RecordingFormatException refusal(Path file, ReadOptions options) {
        return catchThrowableOfType(() -> RecordingReaders.read(file, options), RecordingFormatException.class);
    }

    /** The case: a small EDF whose record duration says 100000 s (600 records: 694 days). */
    @Test
    void anEdfWhoseRecordDurationSaysDaysIsRefusedBeforeReading() throws IOException {
        byte[] b = Files.readAllBytes(TestData.file(EDF));
        System.arraycopy("100000  ".getBytes(StandardCharsets.US_ASCII), 0, b, 244, 8);
        Path longDuration = Files.write(dir.resolve("long.edf"), b);

        RecordingFormatException e = refusal(longDuration, ReadOptions.defaults().withBudget(new ReadBudget(1L << 30)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("long.edf: declares 1320000 samples over 60000000 s (694 days): reading "
                + "and analysing it would need about 28.6 GB, more than the 1.0 GB allowed for one recording "
                + "(lacrima.read.budget)");
        assertThat(RecordingReaders.read(TestData.file(EDF), ReadOptions.defaults()).recording().durationSec())
                .as("the real file reads within the default budget").isEqualTo(600.0);
    }

    @Test
    void theStreamIsRefusedByTheSameRule() throws IOException {
        byte[] b = Files.readAllBytes(TestData.file(EDF));
        System.arraycopy("100000  ".getBytes(StandardCharsets.US_ASCII), 0, b, 244, 8);
        Path longDuration = Files.write(dir.resolve("long.edf"), b);

        assertThatThrownBy(() -> RecordingReaders.open(longDuration, ReadOptions.defaults()).close())
                .isInstanceOf(RecordingFormatException.class).hasMessageStartingWith("long.edf: declares 1320000 samples");
    }

    @Test
    void aWfdbRecordIsWeighedByItsDeclaredFramesAndRate() throws IOException {
        Files.write(dir.resolve("slow.dat"), new byte[4000]);
        Path hea = Files.writeString(dir.resolve("slow.hea"), "slow 2 0.0001 1000\nslow.dat 16 200 12 0 0 0 0 ECG\n"
                + "slow.dat 16 200 12 0 0 0 0 EDA\n");

        RecordingFormatException e = refusal(hea, ReadOptions.defaults().withBudget(new ReadBudget(64L << 20)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("slow.hea: declares 2000 samples over 10000000 s (116 days)");
    }

    /** Samples alone can be over the budget too: the real MIT-BIH record 100 needs 10 MB of doubles. */
    @Test
    void aRealRecordOverASmallBudgetIsRefusedAndUnderItReads() throws IOException {
        Path hea = TestData.file("mitdb/100.hea");

        assertThat(refusal(hea, ReadOptions.defaults().withBudget(new ReadBudget(8L << 20))).getMessage())
                .startsWith("100.hea: declares 1300000 samples over 1806 s").endsWith("more than the 8 MB allowed for "
                        + "one recording (lacrima.read.budget)");
        assertThat(RecordingReaders.read(hea, ReadOptions.defaults().withBudget(new ReadBudget(16L << 20)))
                .recording().channels()).hasSize(2);
    }

    /** The decompression bomb, scaled down: a zip of a few kB whose EDA.csv unpacks far beyond the budget. */
    @Test
    void aZipBombIsRefusedByTheSizesItDeclares() throws IOException {
        Path bomb = zipWithEda(dir.resolve("bomb.zip"), 16 << 20);
        assertThat(Files.size(bomb)).isLessThan(100_000);

        RecordingFormatException e = refusal(bomb, ReadOptions.defaults().withBudget(new ReadBudget(40L << 20)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("bomb.zip: zip declares that its E4 files unpack to 16 MB, more than the "
                + "4 MB of text allowed for one recording (lacrima.read.budget)");
    }

    /** Declared sizes are the sender's word: a central directory that says 100 bytes is caught while inflating. */
    @Test
    void aZipThatLiesAboutItsSizesIsCaughtWhileInflating() throws IOException {
        Path liar = zipWithEda(dir.resolve("liar.zip"), 16 << 20);
        byte[] b = Files.readAllBytes(liar);
        int patched = 0;
        for (int i = 0; i + 46 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                ByteBuffer.wrap(b, i + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(100);
                patched++;
            }
        }
        assertThat(patched).isEqualTo(1);
        Files.write(liar, b);

        RecordingFormatException e = refusal(liar, ReadOptions.defaults().withBudget(new ReadBudget(40L << 20)));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("liar.zip: EDA.csv unpacks to more than 4 MB (budget for one recording, "
                + "lacrima.read.budget); refusing the archive");
    }

    @Test
    void aCsvFarOverTheBudgetIsRefusedBeforeParsing() throws IOException {
        Path csv = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("time,EDA\n".getBytes(StandardCharsets.US_ASCII));
            byte[] row = "0.25,1.000\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400_000; i++) {
                out.write(row);
            }
        }

        assertThat(refusal(csv, ReadOptions.defaults().withBudget(new ReadBudget(4L << 20))).getMessage())
                .startsWith("big.csv: declares 1100002 samples over 0 s");
    }

    @Test
    void aCsvWhoseTimeColumnSpansYearsIsRefusedAfterReading() throws IOException {
        Path csv = Files.writeString(dir.resolve("years.csv"), "time,EDA\n0,1\n100000000,2\n200000000,3\n");

        assertThat(refusal(csv, ReadOptions.defaults()).getMessage())
                .startsWith("years.csv: declares 3 samples over 300000000 s (3472 days)");
    }

    @ParameterizedTest
    @CsvSource({"536870912, 536870912", "512m, 536870912", "2G, 2147483648", "64k, 65536"})
    void budgetsAreWrittenInBytesOrWithASuffix(String text, long bytes) {
        assertThat(ReadBudget.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"0", "-5m", "lots", "12q", "99999999999g"})
    void aBadBudgetIsRefusedNamingTheProperty(String text) {
        assertThatThrownBy(() -> ReadBudget.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lacrima.read.budget must be a positive size such as 512m or 2g, got '" + text + "'");
    }

    @Test
    void theDefaultIsAQuarterOfTheHeapUnlessThePropertySaysOtherwise() {
        String before = System.getProperty(ReadBudget.PROPERTY);
        try {
            System.clearProperty(ReadBudget.PROPERTY);
            assertThat(ReadBudget.defaults().bytes()).isEqualTo(Runtime.getRuntime().maxMemory() / 4);
            System.setProperty(ReadBudget.PROPERTY, "300m");
            assertThat(ReadBudget.defaults().bytes()).isEqualTo(300L << 20);
        } finally {
            if (before == null) {
                System.clearProperty(ReadBudget.PROPERTY);
            } else {
                System.setProperty(ReadBudget.PROPERTY, before);
            }
        }
    }

    /** An E4 zip whose EDA.csv is {@code bytes} of "0.5\n" after its start and rate lines. */
    private static Path zipWithEda(Path zip, int bytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("EDA.csv"));
            byte[] head = "1600000000.0\n4.0\n".getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            byte[] block = "0.5\n".repeat(16384).getBytes(StandardCharsets.US_ASCII);
            for (int written = head.length; written < bytes; written += block.length) {
                out.write(block, 0, Math.min(block.length, bytes - written));
            }
            out.closeEntry();
        }
        return zip;
    }
}
