package org.lacrima.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfoCommandTest {
    private static final Path DATA = Path.of(System.getProperty("lacrima.data.dir"));

    @Test
    void describesAWfdbRecordAsItsHeaderDeclaresIt() {
        CliRun run = CliRun.of("info", DATA.resolve("mitdb/100.hea").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        // 100.hea: 2 signals at 360 Hz, 650000 samples each (30:05.6), MLII and V5
        assertThat(run.out()).contains("format    wfdb").contains("channels  2").contains("0:30:05.6")
                .containsPattern("MLII\\s+ECG\\s+360\\s+mV\\s+650000")
                .containsPattern("V5\\s+ECG\\s+360\\s+mV\\s+650000")
                .containsPattern("reference beats  \\d{4}");
    }

    @ParameterizedTest
    @CsvSource({"edf-samples/pyedflib_test_generator.edf, edf", "neurokit/bio_resting_5min_100hz.csv, csv",
            "polar-h10/ethan_Harness_60_RR_1.txt, polar", "wesad-e4/S4/S4_E4_Data, e4", "foreign/ishne/holter.ecg, ishne"})
    void namesTheFormatAndEveryChannelOfRealFiles(String name, String format) throws IOException {
        CliRun run = CliRun.of("info", DATA.resolve(name).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("format    " + format);
        int channels = Integer.parseInt(run.out().replaceAll("(?s).*channels  (\\d+).*", "$1"));
        long rows = run.out().lines().filter(l -> l.matches("\\s{4}\\d+\\s.*")).count();
        assertThat(rows).isEqualTo(channels).isPositive();
    }

    /** Where the accelerometer was worn is said when the file says it (an E4 export: the wrist; a plain EDF: nothing). */
    @ParameterizedTest
    @CsvSource({"wesad-e4/S4/S4_E4_Data, wrist", "edf-samples/pyedflib_test_generator.edf, ''"})
    void saysWhereTheAccelerometerWasWornWhenTheFileSays(String name, String site) {
        CliRun run = CliRun.of("info", DATA.resolve(name).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        if (site.isEmpty()) {
            assertThat(run.out()).doesNotContain("accelerometer worn");
        } else {
            assertThat(run.out()).contains("accelerometer worn at the " + site);
        }
    }

    @Test
    void anUnreadableFileIsOneLineAndTheOthersAreStillDescribed(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("notes.edf"), "this is not an EDF file at all");

        CliRun run = CliRun.of("info", junk.toString(), DATA.resolve("mitdb/100.hea").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("lacrima: notes.edf: ");
        assertThat(run.out()).contains("100.hea").doesNotContain("notes.edf");
    }
}
