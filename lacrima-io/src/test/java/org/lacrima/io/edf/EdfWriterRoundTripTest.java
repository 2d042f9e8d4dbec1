package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;

class EdfWriterRoundTripTest {
    private static final double[] RATES = {1, 4, 8, 15.5, 32, 64, 100, 128, 256, 360, 500, 1000};
    private static final ChannelType[] TYPES = {ChannelType.ECG, ChannelType.EDA, ChannelType.RSP, ChannelType.PPG,
            ChannelType.TEMP, ChannelType.ACC, ChannelType.HR, ChannelType.OTHER};
    private static final String[] UNITS = {"mV", "uS", "a.u.", "degC", "g", "bpm", "uV"};
    private static final String[] NEUTRAL_UNITS = {"mV", "a.u.", "g", "uV"};

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    /** A recording of seeded random signals (random walks with noise at random scales) and events. */
    static Recording randomRecording(Random rnd) {
        int seconds = 2 * (1 + rnd.nextInt(30));
        List<Channel> channels = new ArrayList<>();
        int n = 1 + rnd.nextInt(5);
        for (int k = 0; k < n; k++) {
            double rate = RATES[rnd.nextInt(RATES.length)];
            double scale = Math.pow(10, rnd.nextInt(9) - 4);
            double offset = (rnd.nextDouble() - 0.5) * scale * rnd.nextInt(100);
            double[] v = new double[(int) Math.round(seconds * rate)];
            double walk = 0;
            for (int i = 0; i < v.length; i++) {
                walk += rnd.nextGaussian() * 0.1;
                v[i] = offset + scale * (walk + rnd.nextGaussian());
            }
            ChannelType type = TYPES[rnd.nextInt(TYPES.length)];
            String label = type == ChannelType.OTHER ? "aux" + k : type.name() + " " + k;
            // a unit that implies a type (uS, bpm, degC) types an unnamed channel: OTHER keeps to units that imply none
            String[] units = type == ChannelType.OTHER ? NEUTRAL_UNITS : UNITS;
            channels.add(Channel.regular(label, type, units[rnd.nextInt(units.length)], rate, 0.0, Samples.wrap(v)));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < rnd.nextInt(12); i++) {
            double onset = Math.round(rnd.nextDouble() * seconds * 1000) / 1000.0 + (rnd.nextBoolean() ? 1e-4 : 0);
            double duration = rnd.nextBoolean() ? 0 : rnd.nextDouble() * 30;
            events.add(new Event(onset, duration, TalCodecTest.randomLabel(rnd)));
        }
        LocalDateTime start = LocalDateTime.of(1985 + rnd.nextInt(100), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
                rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
        RecordingMetadata meta = new RecordingMetadata(Optional.of(start), "simulated", "C" + rnd.nextInt(1000));
        return new Recording(meta, channels, events);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenRecordingReadsBackWithinTheQuantisationStep(long seed) throws IOException {
        Recording original = randomRecording(new Random(seed));
        Path file = dir.resolve("r" + seed + ".edf");

        EdfWriter.write(original, file);
        ReadResult back = EdfReader.read(file, ChannelTyping.byLabel());
        Recording read = back.recording();

        assertThat(back.warnings()).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        int headerBytes = 256 * (original.channels().size() + 2);
        for (int i = 0; i < headerBytes; i++) {
            assertThat(bytes[i]).as("EDF headers are printable ASCII").isBetween((byte) 0x20, (byte) 0x7e);
        }
        assertThat(new String(bytes, 192, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("EDF+C");
        assertThat(read.channels()).hasSameSizeAs(original.channels());
        List<EdfSignalHeader> signals;
        try (FileChannel ch = FileChannel.open(file)) {
            signals = EdfHeaderParser.parse(file, ch, new ArrayList<>()).signals();
        }
        for (int k = 0; k < original.channels().size(); k++) {
            Channel o = original.channels().get(k);
            Channel r = read.channels().get(k);
            assertThat(r.label()).isEqualTo(o.label());
            assertThat(r.type()).isEqualTo(o.type());
            assertThat(r.unit()).isEqualTo(o.unit());
            assertThat(r.rateHz()).isEqualTo(o.rateHz());
            assertThat(r.length()).isEqualTo(o.length());
            double halfStep = signals.get(k).gain() / 2;
            for (int i = 0; i < o.length(); i++) {
                double expected = o.values().get(i);
                assertThat(Math.abs(r.values().get(i) - expected))
                        .isLessThanOrEqualTo(halfStep * (1 + 1e-9) + 1e-12 * Math.abs(expected));
            }
        }
        List<Event> sorted = original.events().stream().sorted(Comparator.comparingDouble(Event::onsetSec)).toList();
        assertThat(read.events()).isEqualTo(sorted);
        assertThat(read.metadata().start()).isEqualTo(original.metadata().start());
        assertThat(read.metadata().subjectCode()).isEqualTo(original.metadata().subjectCode());
    }

    @Test
    void aRateThatFitsNoRecordDurationFailsWithoutLeavingAFile() {
        Channel odd = Channel.regular("ECG", ChannelType.ECG, "mV", Math.PI, 0, Samples.wrap(new double[100]));
        Recording rec = new Recording(RecordingMetadata.of("x"), List.of(odd), List.of());
        Path file = dir.resolve("odd.edf");

        assertThatThrownBy(() -> EdfWriter.write(rec, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hz");
        assertThat(file).doesNotExist();
    }

    @Test
    void failedWriteLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Recording rec = randomRecording(new Random(99));
        Path file = dir.resolve("missing-dir/out.edf");

        assertThatThrownBy(() -> EdfWriter.write(rec, file)).isInstanceOf(IOException.class);
        assertThat(file).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void constantAndNanChannelsStillGetAValidRange() throws IOException {
        double[] flat = new double[250];
        java.util.Arrays.fill(flat, 3.25);
        double[] gaps = new double[250];
        gaps[10] = Double.NaN;
        gaps[20] = 2.0;
        Recording rec = new Recording(RecordingMetadata.of("x"), List.of(
                Channel.regular("EDA", ChannelType.EDA, "uS", 125, 0, Samples.wrap(flat)),
                Channel.regular("RESP", ChannelType.RSP, "a.u.", 125, 0, Samples.wrap(gaps))), List.of());
        Path file = dir.resolve("flat.edf");

        EdfWriter.write(rec, file);
        Recording back = EdfReader.read(file, ChannelTyping.byLabel()).recording();

        assertThat(back.channels().get(0).values().get(100)).isCloseTo(3.25, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(back.channels().get(1).values().get(20)).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(back.metadata().start()).as("EDF+ 'Startdate X' means unknown").isEmpty();
    }
}
