package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile files through the command line, as issue 11 found them: each gives a non-zero exit and
 * one line that names the file and the problem, and nothing of any file outside the input.
 */
class HostileInputCliTest {
    private static final String SECRET = "TOP-SECRET clinician note";

    @TempDir
    Path tmp;
    Path upload;
    Path secret;

    @BeforeEach
    void folders() throws IOException {
        upload = Files.createDirectories(tmp.resolve("upload"));
        secret = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("lacrima.db"),
                SECRET.repeat(50));
    }

    private Path traversalHeader(String signalFile) throws IOException {
        StringBuilder h = new StringBuilder("probe 32 250 1\n");
        for (int i = 0; i < 32; i++) {
            h.append(signalFile).append(" 80+").append(80 + i).append(" 200 8 0 0 0 0 s").append(i).append('\n');
        }
        return Files.writeString(upload.resolve("probe.hea"), h.toString());
    }

    /** A zip of (entry name, text) pairs. */
    private static Path zip(Path zip, String... namesAndTexts) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndTexts[i]));
                out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.US_ASCII));
            }
        }
        return zip;
    }

    private static void assertOneLineRefusal(CliRun run, String start) {
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("lacrima: " + start).doesNotContain("\n")
                .doesNotContain("SECRET").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABSOLUTE", "../elsewhere/lacrima.db", "LINK"})
    void aTraversalHeaderIsRefusedWithOneLine(String how) throws IOException {
        String name = switch (how) {
            case "ABSOLUTE" -> secret.toAbsolutePath().toString();
            case "LINK" -> Files.createSymbolicLink(upload.resolve("signals.dat"), secret).getFileName().toString();
            default -> how;
        };

        Path json = tmp.resolve("out.json");
        CliRun run = CliRun.of("analyze", traversalHeader(name).toString(), "--json", json.toString());

        assertOneLineRefusal(run, "probe.hea: signal file");
        assertThat(json).doesNotExist();
    }

    @Test
    void aBatchEventsSidecarLinkedOutsideIsRefusedForItsRecording() throws IOException {
        Path rec = upload.resolve("session.csv");
        StringBuilder csv = new StringBuilder("time,EDA\n");
        for (int i = 0; i < 4 * 600; i++) {
            csv.append(i / 4.0).append(',').append(2 + Math.sin(i / 40.0)).append('\n');
        }
        Files.writeString(rec, csv.toString());
        Files.createSymbolicLink(upload.resolve("session.events.csv"), secret);
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("analyze", upload.toString(), "--out", out.toString());

        assertThat(Files.readString(out.resolve("summary.csv")))
                .contains("'session.events.csv' is a link pointing outside the folder").doesNotContain("SECRET");
        assertThat(run.err()).doesNotContain("SECRET");
    }

    @Test
    void aZipWithAnEntryClimbingOutIsRefusedWithOneLine() throws IOException {
        Path zip = zip(upload.resolve("export.zip"), "EDA.csv", "1600000000\n4\n0.5\n0.6\n", "../../lacrima.db", SECRET);

        CliRun run = CliRun.of("analyze", zip.toString(), "--json", tmp.resolve("zip.json").toString());

        assertOneLineRefusal(run, "export.zip: archive entry name '../../lacrima.db' climbs out with '..'; refusing "
                + "the archive");
        assertThat(tmp.resolve("zip.json")).doesNotExist();
    }

    /** The EDF: 880 kB here too (a real file), its record duration patched to 100000 s. */
    @Test
    void anEdfDeclaringYearsIsRefusedWithOneLine() throws IOException {
        byte[] b = Files.readAllBytes(Path.of(System.getProperty("lacrima.data.dir", "../../shared/data"))
                .resolve("edf-samples/pyedflib_test_generator.edf"));
        System.arraycopy("100000  ".getBytes(StandardCharsets.US_ASCII), 0, b, 244, 8);
        Path edf = Files.write(upload.resolve("long.edf"), b);
        Path json = tmp.resolve("long.json");

        CliRun run = CliRun.of("analyze", edf.toString(), "--json", json.toString());

        assertOneLineRefusal(run, "long.edf: declares 1320000 samples over 60000000 s (694 days): analysing it as "
                + "it is read would need about 28.6 GB");
        assertThat(json).doesNotExist();
    }

    @Test
    void aDecompressionBombIsRefusedWithOneLine() throws IOException {
        Path bomb = zip(upload.resolve("e4.zip"), "EDA.csv", "1600000000\n4\n" + "0.5\n".repeat(1 << 22));
        String before = System.getProperty("lacrima.read.budget");
        System.setProperty("lacrima.read.budget", "64m");
        try {
            CliRun run = CliRun.of("analyze", bomb.toString(), "--json", tmp.resolve("bomb.json").toString());

            assertOneLineRefusal(run, "e4.zip: zip declares that its E4 files unpack to 16 MB, more than the 6 MB "
                    + "of text allowed for one recording");
        } finally {
            if (before == null) {
                System.clearProperty("lacrima.read.budget");
            } else {
                System.setProperty("lacrima.read.budget", before);
            }
        }
    }
}
