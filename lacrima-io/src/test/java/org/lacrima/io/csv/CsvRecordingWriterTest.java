package org.lacrima.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingStream;

class CsvRecordingWriterTest {

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void multiRateRecordingWithRrRoundTripsExactly(long seed) throws IOException {
        Random rnd = new Random(seed);
        int seconds = 5 + rnd.nextInt(20);
        double ecgRate = new double[] {250, 500, 1000}[rnd.nextInt(3)];
        Channel ecg = channel("ECG", ChannelType.ECG, "mV", ecgRate, seconds, rnd);
        Channel rsp = channel("RSP", ChannelType.RSP, "a.u.", ecgRate / 10, seconds, rnd);
        Channel eda = channel("EDA", ChannelType.EDA, "uS", 4, seconds, rnd);
        double[] times = new double[seconds];
        double[] rr = new double[seconds];
        double t = 0;
        for (int i = 0; i < seconds; i++) {
            rr[i] = Math.round((0.6 + rnd.nextDouble() * 0.4) * ecgRate) / ecgRate;
            t += rr[i];
            times[i] = Math.round(t * ecgRate) / ecgRate;
        }
        Channel rrChannel = Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(times), Samples.wrap(rr));
        Recording original = new Recording(RecordingMetadata.of("sim"), List.of(ecg, rsp, eda, rrChannel), List.of());
        Path file = dir.resolve("sim.csv");

        CsvRecordingWriter.write(original, file);
        ReadResult back = CsvRecordingReader.read(file, ReadOptions.defaults());

        assertThat(back.warnings()).isEmpty();
        List<Channel> channels = back.recording().channels();
        assertThat(channels).extracting(Channel::label).containsExactly("ECG", "RSP", "EDA", "RR");
        assertThat(channels).extracting(Channel::unit).containsExactly("mV", "a.u.", "uS", "s");
        for (int k = 0; k < 3; k++) {
            Channel o = original.channels().get(k);
            Channel r = channels.get(k);
            assertThat(r.rateHz()).isEqualTo(o.rateHz());
            assertThat(r.values()).isEqualTo(o.values());
            assertThat(r.startOffsetSec()).isEqualTo(0.0);
        }
        assertThat(channels.get(3).values().toArray()).containsExactly(rr);
        double[] readTimes = channels.get(3).timesSec().toArray();
        for (int i = 0; i < times.length; i++) {
            assertThat(readTimes[i]).isCloseTo(times[i], within(1e-9));
        }
        try (RecordingStream s = CsvRecordingReader.open(file, ReadOptions.defaults())) {
            int eda4 = 0;
            while (s.hasNext()) {
                Recording chunk = s.next(3);
                assertThat(chunk.channels().get(2).rateHz()).isEqualTo(4.0);
                eda4 += chunk.channels().get(2).length();
            }
            assertThat(eda4).isEqualTo(eda.length());
        }
    }

    @org.junit.jupiter.api.Test
    void ratesWithoutACommonRowGridAreRefusedWithoutWritingAFile() {
        Random rnd = new Random(3);
        Channel ecg = channel("ECG", ChannelType.ECG, "mV", 500, 4, rnd);
        Channel ppg = channel("PPG", ChannelType.PPG, "a.u.", 64, 4, rnd);
        Path file = dir.resolve("mixed.csv");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvRecordingWriter.write(
                        new Recording(RecordingMetadata.of("sim"), List.of(ecg, ppg), List.of()), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel PPG at 64.0 Hz shares no CSV row grid with the 500.0 Hz channel; "
                        + "write EDF instead");
        assertThat(file).doesNotExist();
    }

    private static Channel channel(String label, ChannelType type, String unit, double rate, int seconds, Random rnd) {
        double[] v = new double[(int) (rate * seconds)];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian();
        }
        return Channel.regular(label, type, unit, rate, 0, Samples.wrap(v));
    }
}
