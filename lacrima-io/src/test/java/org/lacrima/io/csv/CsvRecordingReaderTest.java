package org.lacrima.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingStream;
import org.lacrima.io.TestData;

class CsvRecordingReaderTest {
    private static final String[][] NAMES = {
        {"ECG", "ecg", "EKG", "ECG [mV]"}, {"PPG", "BVP", "bvp"}, {"EDA", "GSR", "eda (uS)"},
        {"RSP", "RESP", "Resp"}, {"Other", "marker", "SpO2"},
    };
    private static final ChannelType[] TYPES = {ChannelType.ECG, ChannelType.PPG, ChannelType.EDA, ChannelType.RSP,
            ChannelType.OTHER};

    @TempDir
    Path dir;

    @Test
    void neuroKitEventRelatedLoadsAt100HzWithTypedColumns() throws IOException {
        Path file = TestData.file("neurokit/bio_eventrelated_100hz.csv");
        ReadResult r = CsvRecordingReader.read(file, ReadOptions.defaults().withRateHz(100));
        Recording rec = r.recording();

        assertThat(r.warnings()).isEmpty();
        assertThat(rec.channels()).extracting(Channel::label).containsExactly("ECG", "EDA", "Photosensor", "RSP");
        assertThat(rec.channels()).extracting(Channel::type)
                .containsExactly(ChannelType.ECG, ChannelType.EDA, ChannelType.OTHER, ChannelType.RSP);
        assertThat(rec.channels()).allSatisfy(c -> {
            assertThat(c.length()).isEqualTo(15000);
            assertThat(c.rateHz()).isEqualTo(100.0);
        });
        Channel photo = rec.channel("Photosensor").orElseThrow();
        int onset = 0;
        while (photo.values().get(onset) >= 2.5) {
            onset++;
        }
        assertThat(onset).as("first image onset listed in MANIFEST.md").isEqualTo(1024);
    }

    @Test
    void restingRecordingsTakeTheRateFromTheFileNameWithAWarning() throws IOException {
        ReadResult five = CsvRecordingReader.read(TestData.file("neurokit/bio_resting_5min_100hz.csv"), ReadOptions.defaults());
        ReadResult eight = CsvRecordingReader.read(TestData.file("neurokit/bio_resting_8min_100hz.csv"), ReadOptions.defaults());

        assertThat(five.warnings()).singleElement().asString().contains("100 Hz taken from the file name");
        assertThat(five.recording().channels()).extracting(Channel::type)
                .containsExactly(ChannelType.ECG, ChannelType.PPG, ChannelType.RSP);
        assertThat(five.recording().durationSec()).isEqualTo(300.0);
        assertThat(eight.recording().channels()).extracting(Channel::length).containsOnly(50682);
        assertThat(eight.recording().channel("EDA").orElseThrow().unit()).isEqualTo("uS");
    }

    @Test
    void explicitMappingOverridesNamesAndUnknownColumnsStayOther() throws IOException {
        Path file = write("x.csv", "time,Chest,Finger,Wrist\n0,1,2,3\n0.5,1,2,3\n1.0,1,2,3\n");

        Recording rec = CsvRecordingReader.read(file, ReadOptions.defaults().withChannelMapping("chest=RESP")
                .withChannelMapping("Finger=PPG")).recording();

        assertThat(rec.channels()).extracting(Channel::type).containsExactly(ChannelType.RSP, ChannelType.PPG,
                ChannelType.OTHER);
        assertThat(rec.channels().get(0).rateHz()).isEqualTo(2.0);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    /** Random dialects: separator, line ending, decimal comma, quoting, comments, time column or rate. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDialectsReadBackTheValuesWritten(long seed) throws IOException {
        Random rnd = new Random(seed);
        char sep = new char[] {',', ';', '\t'}[rnd.nextInt(3)];
        boolean decimalComma = sep == ';' && rnd.nextBoolean();
        String eol = rnd.nextBoolean() ? "\r\n" : "\n";
        boolean timeColumn = rnd.nextBoolean();
        double rate = new double[] {1, 4, 25, 100, 128, 250, 500}[rnd.nextInt(7)];
        double t0 = timeColumn && rnd.nextBoolean() ? rnd.nextInt(100) : 0;
        int ncols = 1 + rnd.nextInt(4);
        List<String> names = new ArrayList<>();
        List<ChannelType> types = new ArrayList<>();
        for (int k = 0; k < ncols; k++) {
            int t = rnd.nextInt(TYPES.length);
            names.add(NAMES[t][rnd.nextInt(NAMES[t].length)]);
            types.add(TYPES[t]);
        }
        int rows = 2 + rnd.nextInt(300);
        double[][] values = new double[ncols][rows];
        StringBuilder sb = new StringBuilder();
        if (rnd.nextBoolean()) {
            sb.append("# exported by a test").append(eol);
        }
        List<String> header = new ArrayList<>();
        if (timeColumn) {
            header.add(rnd.nextBoolean() ? "time" : "Time");
        }
        for (String n : names) {
            header.add(rnd.nextBoolean() ? "\"" + n + "\"" : n);
        }
        sb.append(String.join(String.valueOf(sep), header)).append(eol);
        for (int r = 0; r < rows; r++) {
            List<String> f = new ArrayList<>();
            if (timeColumn) {
                f.add(format(t0 + r / rate, decimalComma));
            }
            for (int k = 0; k < ncols; k++) {
                values[k][r] = Math.round(rnd.nextGaussian() * 1e6) / 1e4;
                f.add((rnd.nextInt(10) == 0 ? " " : "") + format(values[k][r], decimalComma));
            }
            sb.append(String.join(String.valueOf(sep), f)).append(eol);
        }
        Path file = write("r" + seed + ".csv", sb.toString());
        ReadOptions options = timeColumn ? ReadOptions.defaults() : ReadOptions.defaults().withRateHz(rate);

        ReadResult r = CsvRecordingReader.read(file, options);

        assertThat(r.warnings()).as("only repeated names are worth a warning (they become NAME#2)")
                .allMatch(w -> w.contains("channels are labelled"));
        Recording rec = r.recording();
        assertThat(rec.channels()).hasSize(ncols);
        for (int k = 0; k < ncols; k++) {
            Channel c = rec.channels().get(k);
            assertThat(c.type()).isEqualTo(types.get(k));
            assertThat(c.rateHz()).isCloseTo(rate, within(rate * 1e-9));
            assertThat(c.startOffsetSec()).isCloseTo(t0, within(1e-9));
            assertThat(c.values().toArray()).containsExactly(values[k]);
        }
    }

    private static String format(double v, boolean decimalComma) {
        String s = Double.toString(v);
        return decimalComma ? s.replace('.', ',') : s;
    }

    @Test
    void rrColumnInMillisecondsBecomesAnIrregularChannelInSeconds() throws IOException {
        Path file = write("rr.csv", "RR\n800\n750\n\n820\n");

        Channel rr = CsvRecordingReader.read(file, ReadOptions.defaults()).recording().channels().get(0);

        assertThat(rr.isRegular()).isFalse();
        assertThat(rr.unit()).isEqualTo("s");
        assertThat(rr.values().toArray()).containsExactly(0.8, 0.75, 0.82);
        assertThat(rr.timesSec().toArray()).containsExactly(0.8, 1.55, 2.37);
    }

    @Test
    void streamingGivesTheSameSamplesAsReadingWhole() throws IOException {
        Path file = TestData.file("neurokit/bio_resting_5min_100hz.csv");
        Recording whole = CsvRecordingReader.read(file, ReadOptions.defaults()).recording();
        try (RecordingStream s = CsvRecordingReader.open(file, ReadOptions.defaults())) {
            assertThat(s.header().channels()).hasSize(3);
            int total = 0;
            while (s.hasNext()) {
                Recording chunk = s.next(13.0);
                Channel ecg = chunk.channels().get(0);
                Channel expected = whole.channels().get(0).slice(ecg.startOffsetSec(), ecg.endSec());
                assertThat(ecg.values()).isEqualTo(expected.values());
                total += ecg.length();
            }
            assertThat(total).isEqualTo(30000);
        }
    }

    @Test
    void raggedRowInTheMiddleIsAnErrorButATruncatedLastRowAWarning() throws IOException {
        Path middle = write("m.csv", "time,ECG\n0,1\n0.1\n0.2,3\n");
        Path last = write("l.csv", "time,ECG\n0,1\n0.1,2\n0.2");

        assertThatThrownBy(() -> CsvRecordingReader.read(middle, ReadOptions.defaults()))
                .isInstanceOf(RecordingFormatException.class).hasMessage("m.csv: line 3 has 1 fields, the header has 2");
        ReadResult r = CsvRecordingReader.read(last, ReadOptions.defaults());
        assertThat(r.warnings()).singleElement().asString().contains("truncated");
        assertThat(r.recording().channels().get(0).length()).isEqualTo(2);
    }

    @Test
    void nanCellsAreKeptAsMissingWithAWarning() throws IOException {
        Path file = write("n.csv", "time;EDA\n0;1,5\n0,25;NaN\n0,5;2,5\n");

        ReadResult r = CsvRecordingReader.read(file, ReadOptions.defaults());

        assertThat(r.recording().channels().get(0).values().toArray()).containsExactly(1.5, Double.NaN, 2.5);
        assertThat(r.warnings()).singleElement().asString().contains("1 NaN");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

}
