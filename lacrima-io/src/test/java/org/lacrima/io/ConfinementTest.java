package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
 * Hostile names inside files (issue 11, item 1): a WFDB header, an E4 folder or zip may only lead
 * the readers to files inside the folder (or archive) given; everything else is one line naming the
 * file and the problem, and no byte of the file outside appears in any message or warning.
 */
class ConfinementTest {
    private static final String SECRET = "TOP-SECRET clinician note: patient X said Y";

    @TempDir
    Path tmp;
    Path upload;
    Path secret;

    @BeforeEach
    void folders() throws IOException {
        upload = Files.createDirectories(tmp.resolve("upload"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        secret = Files.writeString(outside.resolve("secret.dat"), SECRET.repeat(40));
    }

    /** A header of {@code signals} format-80 signals, each one byte further into {@code file}, with wrong initial values. */
    private Path header(String file, int signals) throws IOException {
        StringBuilder h = new StringBuilder("probe " + signals + " 250 1\n");
        for (int i = 0; i < signals; i++) {
            h.append(file).append(" 80+").append(i).append(" 200 8 0 0 0 0 s").append(i).append('\n');
        }
        return Files.writeString(upload.resolve("probe.hea"), h.toString());
    }

    private RecordingFormatException refusal(Path file) {
        return catchThrowableOfType(() -> RecordingReaders.read(file, ReadOptions.defaults()),
                RecordingFormatException.class);
    }

    private void assertNoSecretIn(String text) {
        assertThat(text).doesNotContain("SECRET").doesNotContain("clinician").doesNotContain("\n");
    }

    @Test
    void anAbsoluteSignalFileNameIsRefusedInOneLineNamingTheHeader() throws IOException {
        Path hea = header(secret.toAbsolutePath().toString(), 32);

        RecordingFormatException e = refusal(hea);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("probe.hea: signal file name").contains("is absolute")
                .contains("only files in the same folder are read");
        assertNoSecretIn(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../elsewhere/secret.dat", "sub/../../elsewhere/secret.dat", "..\\elsewhere\\secret.dat"})
    void aNameClimbingOutWithDotDotIsRefused(String name) throws IOException {
        RecordingFormatException e = refusal(header(name, 4));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("probe.hea: signal file name").contains("climbs out with '..'");
        assertNoSecretIn(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../elsewhere/secret", "sub/../../elsewhere/secret"})
    void aMultiSegmentRecordsSegmentNameClimbingOutIsRefused(String segment) throws IOException {
        Files.writeString(tmp.resolve("elsewhere/secret.hea"), "secret 1 250 4\nsecret.dat 80 200 8 0 0 0 0 s\n");
        Path master = Files.writeString(upload.resolve("multi.hea"), "multi/2 1 250 8\n" + segment + " 4\n~ 4\n");

        RecordingFormatException e = refusal(master);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("multi.hea: segment header name").contains("climbs out with '..'");
        assertNoSecretIn(e.getMessage());
    }

    @Test
    void aLinkInsideTheFolderPointingOutIsRefused() throws IOException {
        Files.createSymbolicLink(upload.resolve("signals.dat"), secret);

        RecordingFormatException e = refusal(header("signals.dat", 32));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("probe.hea: signal file 'signals.dat' is a link pointing outside the "
                + "folder; only files in the same folder are read");
    }

    @Test
    void aLinkToAFolderOutsideIsRefusedToo() throws IOException {
        Files.createSymbolicLink(upload.resolve("sub"), secret.getParent());

        RecordingFormatException e = refusal(header("sub/secret.dat", 2));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("'sub/secret.dat' is a link pointing outside the folder");
    }

    @Test
    void aSignalFileInASubFolderOfTheUploadIsStillRead() throws IOException {
        Files.createDirectories(upload.resolve("sub"));
        Files.write(upload.resolve("sub/probe.dat"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        ReadResult r = RecordingReaders.read(header("sub/probe.dat", 2), ReadOptions.defaults());

        assertThat(r.recording().channels()).hasSize(2);
    }

    /**
     * The old leak: one byte per signal came back in "first sample of signal … is X" warnings. Inside
     * the folder the file may be read, but the warnings say only that the value differs.
     */
    @Test
    void firstValueAndChecksumWarningsDoNotEchoTheBytesRead() throws IOException {
        Files.writeString(upload.resolve("inside.dat"), SECRET);
        Path hea = Files.writeString(upload.resolve("probe.hea"),
                "probe 2 250 1\ninside.dat 80 200 8 0 0 0 0 a\ninside.dat 80 200 8 0 0 0 0 b\n");

        ReadResult r = RecordingReaders.read(hea, ReadOptions.defaults());

        int firstByte = SECRET.charAt(0) - 128;
        assertThat(r.warnings()).isNotEmpty().allSatisfy(w -> {
            assertThat(w).doesNotContain(Integer.toString(firstByte)).doesNotContain(" is ");
            assertThat(w).matches("inside\\.dat: (checksum of signal '[ab]' does not match the header"
                    + "|first sample of signal '[ab]' differs from the header's initial value)");
        });
    }

    @Test
    void anE4MemberLinkedToAFileOutsideIsRefused() throws IOException {
        Files.writeString(upload.resolve("BVP.csv"), "1600000000\n64\n1\n2\n3\n");
        Files.createSymbolicLink(upload.resolve("EDA.csv"), secret);

        RecordingFormatException e = refusal(upload);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("upload: 'EDA.csv' is a link pointing outside the folder; only files "
                + "in the same folder are read");
        assertNoSecretIn(e.getMessage());
    }

    @Test
    void anE4ExportSubFolderLinkedOutsideIsRefused() throws IOException {
        Path export = Files.createDirectories(tmp.resolve("elsewhere/export"));
        Files.writeString(export.resolve("EDA.csv"), "1600000000\n4\n" + "0.5\n".repeat(10));
        Files.createSymbolicLink(upload.resolve("export"), export);

        RecordingFormatException e = refusal(upload);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("'export' is a link pointing outside the folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../EDA.csv", "export/../../EDA.csv", "/etc/EDA.csv", "C:\\temp\\EDA.csv"})
    void aZipWithAnEntryThatWouldUnpackOutsideIsRefused(String entry) throws IOException {
        Path zip = upload.resolve("e4.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("BVP.csv"));
            out.write("1600000000\n64\n1\n2\n".getBytes(StandardCharsets.US_ASCII));
            out.putNextEntry(new ZipEntry(entry));
            out.write(SECRET.getBytes(StandardCharsets.US_ASCII));
        }

        RecordingFormatException e = refusal(zip);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("e4.zip: archive entry name '").endsWith("; refusing the archive");
        assertNoSecretIn(e.getMessage());
    }

    @Test
    void namesAreCheckedWithoutTouchingTheDisk() throws IOException {
        ConfinedFolder folder = ConfinedFolder.of(upload);
        Path referrer = upload.resolve("x.hea");

        assertThat(folder.resolve(referrer, "100.dat", "signal file")).isEqualTo(folder.path().resolve("100.dat"));
        assertThat(folder.resolve(referrer, "a/./b.dat", "signal file")).isEqualTo(folder.path().resolve("a/b.dat"));
        assertThatThrownBy(() -> folder.resolve(referrer, "", "signal file")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> folder.resolve(referrer, "a\0b", "signal file")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> folder.contained(secret)).hasMessage("upload: 'secret.dat' lies outside the folder; only files in the same folder are read");
    }

    @Test
    void aLinkThatLeadsNowhereIsRefusedAsSuch() throws IOException {
        Files.createSymbolicLink(upload.resolve("gone.dat"), tmp.resolve("missing.dat"));

        RecordingFormatException e = refusal(header("gone.dat", 1));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("probe.hea: signal file 'gone.dat' is a link that leads nowhere");
    }
}
