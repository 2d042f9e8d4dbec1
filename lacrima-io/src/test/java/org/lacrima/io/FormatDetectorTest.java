package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Detection looks at the content: every file here carries a misleading or no extension. */
class FormatDetectorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "session.txt | time,ECG,EDA\\n0,1,2\\n | CSV",
        "export.csv | Phone timestamp;RR-interval [ms]\\n2023-02-08T20:20:25.551;491\\n | POLAR",
        "rr.csv | 812\\n790\\n805\\n | RR_LIST",
        "rr-with-header.dat | RR\\n812\\n790\\n | RR_LIST",
        "record.txt | # a comment\\nrec 1 250 1000\\nrec.dat 16 200 16 0 0 0 0 ECG\\n | WFDB",
        "tabs.tsv | ECG\\tRESP\\n1\\t2\\n | CSV",
    })
    void textFormatsAreRecognisedByContent(String name, String content, RecordingFormat expected) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content.replace("\\n", "\n").replace("\\t", "\t"));

        assertThat(FormatDetector.detect(f)).isEqualTo(expected);
    }

    @Test
    void edfAndBdfAreRecognisedByTheirMagicWhateverTheName() throws IOException {
        Path edf = dir.resolve("recording.bin");
        Files.copy(TestData.file("edf-samples/pyedflib_test_generator.edf"), edf);
        Path bdf = dir.resolve("recording.edf");
        Files.copy(TestData.file("edf-samples/mne_test.bdf"), bdf);

        assertThat(FormatDetector.detect(edf)).isEqualTo(RecordingFormat.EDF);
        assertThat(FormatDetector.detect(bdf)).isEqualTo(RecordingFormat.BDF);
    }

    @Test
    void formatNamesParseCaseInsensitivelyWithAliases() {
        assertThat(RecordingFormat.parse("edf+")).isEqualTo(RecordingFormat.EDF);
        assertThat(RecordingFormat.parse("Wfdb")).isEqualTo(RecordingFormat.WFDB);
        assertThat(RecordingFormat.parse("rr")).isEqualTo(RecordingFormat.RR_LIST);
        assertThat(RecordingFormat.parse("e4")).isEqualTo(RecordingFormat.E4);
        assertThatThrownBy(() -> RecordingFormat.parse("mp3")).hasMessageContaining("unknown format 'mp3'");
    }
}
