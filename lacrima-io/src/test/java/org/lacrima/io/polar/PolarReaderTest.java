package org.lacrima.io.polar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.TestData;

class PolarReaderTest {

    @TempDir
    Path dir;

    @Test
    void polarH10RrExportGives173BeatsAtCumulativeTimes() throws IOException {
        Recording rec = PolarReader.read(TestData.file("polar-h10/ethan_Harness_60_RR_1.txt"),
                ChannelTyping.byLabel()).recording();

        Channel rr = rec.channels().get(0);
        assertThat(rr.type()).isEqualTo(ChannelType.RR);
        assertThat(rr.length()).isEqualTo(173);
        double min = Double.MAX_VALUE;
        double max = 0;
        double sum = 0;
        for (int i = 0; i < rr.length(); i++) {
            min = Math.min(min, rr.values().get(i));
            max = Math.max(max, rr.values().get(i));
            sum += rr.values().get(i);
            assertThat(rr.timeOfSec(i)).isCloseTo(sum, within(1e-9));
        }
        assertThat(min).isEqualTo(0.375);
        assertThat(max).isEqualTo(0.577);
        assertThat(sum / rr.length()).isCloseTo(0.430, within(0.001));
        assertThat(rr.values().get(0)).isEqualTo(0.491);
        // first phone timestamp 20:20:25.551 less the first interval of 491 ms
        assertThat(rec.metadata().start()).contains(LocalDateTime.of(2023, 2, 8, 20, 20, 25, 60_000_000));
    }

    @Test
    void ecgAndAccExportsBecomeRegularChannelsAtTheSensorRate() throws IOException {
        StringBuilder ecg = new StringBuilder("Phone timestamp;sensor timestamp [ns];timestamp [ms];ecg [uV]\n");
        StringBuilder acc = new StringBuilder("Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]\n");
        for (int i = 0; i < 260; i++) {
            long ns = 599_000_000_000L + Math.round(i * 1e9 / 130);
            ecg.append("2024-01-01T10:00:00.000;").append(ns).append(';').append(i * 1000 / 130).append(';')
                    .append(i % 7 - 3).append('\n');
            acc.append("2024-01-01T10:00:00.000;").append(ns * 2).append(";").append(i).append(";0;1000\n");
        }
        Files.writeString(dir.resolve("ecg.txt"), ecg);
        Files.writeString(dir.resolve("acc.txt"), acc);

        Channel e = PolarReader.read(dir.resolve("ecg.txt"), ChannelTyping.byLabel()).recording().channels().get(0);
        Recording a = PolarReader.read(dir.resolve("acc.txt"), ChannelTyping.byLabel()).recording();

        assertThat(e.type()).isEqualTo(ChannelType.ECG);
        assertThat(e.unit()).isEqualTo("uV");
        assertThat(e.rateHz()).isCloseTo(130.0, within(0.01));
        assertThat(e.length()).isEqualTo(260);
        assertThat(a.channels()).extracting(Channel::label).containsExactly("ACC_X", "ACC_Y", "ACC_Z");
        assertThat(a.channels().get(2).values().get(5)).isEqualTo(1.0);
        assertThat(a.channels().get(0).rateHz()).isCloseTo(65.0, within(0.01));
    }

    @Test
    void hrStreamRowsWithoutAnIntervalAreSkipped() throws IOException {
        Files.writeString(dir.resolve("hr.txt"), "Phone timestamp;sensor timestamp [ns];HR [bpm];RR-interval [ms]\n"
                + "2024-01-01T10:00:01.000;1000;60;1000\n"
                + "2024-01-01T10:00:01.500;1500;61;\n"
                + "2024-01-01T10:00:02.000;2000;62;980\n");

        Channel rr = PolarReader.read(dir.resolve("hr.txt"), ChannelTyping.byLabel()).recording().channels().get(0);

        assertThat(rr.values().toArray()).containsExactly(1.0, 0.98);
        assertThat(rr.timesSec().toArray()).containsExactly(1.0, 1.98);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rrListsInMillisecondsOrSecondsGiveTheSameBeats(long seed) throws IOException {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(300);
        StringBuilder ms = new StringBuilder(rnd.nextBoolean() ? "RR\n" : "");
        StringBuilder s = new StringBuilder();
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            int v = 300 + rnd.nextInt(1200);
            expected[i] = v / 1000.0;
            ms.append(v).append(rnd.nextBoolean() ? "\r\n" : "\n");
            s.append(v / 1000.0).append('\n');
        }
        Files.writeString(dir.resolve("ms.txt"), ms);
        Files.writeString(dir.resolve("s.txt"), s);

        Channel a = RrListReader.read(dir.resolve("ms.txt")).recording().channels().get(0);
        Channel b = RrListReader.read(dir.resolve("s.txt")).recording().channels().get(0);

        assertThat(a.values().toArray()).containsExactly(expected);
        assertThat(b.values().toArray()).containsExactly(expected);
        assertThat(a.timesSec()).isEqualTo(b.timesSec());
    }

    @Test
    void nonNumericIntervalNamesTheLine() throws IOException {
        Files.writeString(dir.resolve("bad.txt"), "800\n810\nabc\n");

        assertThatThrownBy(() -> RrListReader.read(dir.resolve("bad.txt")))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessage("bad.txt: line 3: 'abc' is not an RR interval");
    }
}
