package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
