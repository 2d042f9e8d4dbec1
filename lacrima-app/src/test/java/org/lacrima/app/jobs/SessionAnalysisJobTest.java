package org.lacrima.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.io.RecordingFormatException;

class SessionAnalysisJobTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/abs/path/x.edf", "C:\\\\Users\\\\x.edf", "..", "a b?.csv", ""})
    void uploadNamesNeverLeaveTheScratchFolder(String name) {
        String safe = SessionAnalysisJob.safeName(name);
        assertThat(safe).isNotBlank().doesNotContain("/").doesNotContain("\\").isNotEqualTo("..").isNotEqualTo(".");
        assertThat(dir.resolve(safe).normalize().getParent()).isEqualTo(dir);
    }

    @Test
    void aSingleFileIsTheRecordingAndAWfdbSetIsReadThroughItsHeader() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.writeString(one.resolve("s.edf"), "x");
        assertThat(SessionAnalysisJob.mainFile(one)).isEqualTo(one.resolve("s.edf"));

        Path wfdb = Files.createDirectories(dir.resolve("wfdb"));
        Files.writeString(wfdb.resolve("100.dat"), "x");
        Files.writeString(wfdb.resolve("100.hea"), "x");
        Files.writeString(wfdb.resolve("100.atr"), "x");
        assertThat(SessionAnalysisJob.mainFile(wfdb)).isEqualTo(wfdb.resolve("100.hea"));

        Path e4 = Files.createDirectories(dir.resolve("e4"));
        Files.writeString(e4.resolve("EDA.csv"), "x");
        Files.writeString(e4.resolve("BVP.csv"), "x");
        assertThat(SessionAnalysisJob.mainFile(e4)).isEqualTo(e4);
    }

    @Test
    void aFileProblemIsReportedAsItsOneLineMessage() {
        String reason = SessionAnalysisJob.reasonFor(
                new RecordingFormatException(Path.of("/x/broken.edf"), "header is 12 bytes, expected 256\nmore"));
        assertThat(reason).isEqualTo("broken.edf: header is 12 bytes, expected 256");
        assertThat(SessionAnalysisJob.reasonFor(new IllegalStateException("boom")))
                .contains("stopped unexpectedly").contains("boom");
    }
}
