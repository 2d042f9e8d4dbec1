package org.lacrima.io.polar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;

/**
 * A strap's exports with Bluetooth dropouts (beats and frames lost in transit while the clocks run on): what follows
 * each gap keeps its time, where summing the intervals, or counting the samples, would pull it earlier by the lost
 * time.
 */
class BluetoothDropoutsTest {
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 10, 0);

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    /** Ten minutes of beats at 55-110 bpm with a breathing swing; times are the closing beats', from the start. */
    private static double[][] beats(Random rnd) {
        List<double[]> beats = new ArrayList<>();
        double t = 0;
        double rate = 0.55 + 0.5 * rnd.nextDouble();
        while (t < 600) {
            double rr = rate + 0.05 * Math.sin(2 * Math.PI * t / 4.5) + 0.01 * rnd.nextGaussian();
            t += rr;
            beats.add(new double[] {t, rr});
        }
        return beats.toArray(double[][]::new);
    }

    private static Recording strap(double[][] beats) {
        double[] times = new double[beats.length];
        double[] values = new double[beats.length];
        for (int i = 0; i < beats.length; i++) {
            times[i] = beats[i][0];
            values[i] = beats[i][1];
        }
        return new Recording(new RecordingMetadata(Optional.of(START), "strap", ""),
                List.of(Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(times), Samples.wrap(values))), List.of());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void beatsAfterADropoutKeepTheirTimes(long seed) throws IOException {
        Random rnd = new Random(seed);
        double[][] all = beats(rnd);
        // one to three dropouts of 5-60 s (over DROPOUT_SEC and a beat: shorter ones are not told from a late
        // notification), apart from each other and from the ends
        List<double[]> kept = new ArrayList<>();
        int gaps = 1 + rnd.nextInt(3);
        double[][] windows = new double[gaps][];
        for (int g = 0; g < gaps; g++) {
            double from = 30 + g * 180 + rnd.nextDouble() * 100;
            windows[g] = new double[] {from, from + 5 + rnd.nextDouble() * 55};
        }
        double lostSec = 0;
        for (double[] b : all) {
            boolean inGap = false;
            for (double[] w : windows) {
                inGap |= b[0] >= w[0] && b[0] < w[1];
            }
            if (inGap) {
                lostSec += b[1];
            } else {
                kept.add(b);
            }
        }
        double[][] received = kept.toArray(double[][]::new);
        Path file = dir.resolve("strap_RR.txt");
        PolarRrWriter.write(strap(received), file);

        ReadResult read = PolarReader.read(file, ChannelTyping.byLabel());
        Channel rr = read.recording().firstChannel(ChannelType.RR).orElseThrow();

        assertThat(rr.length()).isEqualTo(received.length);
        // the export's clock starts at the first beat less its interval: the first beat sits at its interval
        double shift = received[0][0] - rr.timeOfSec(0);
        for (int i = 0; i < received.length; i += 7) {
            // the export keeps whole milliseconds of each interval and of each phone stamp
            assertThat(rr.timeOfSec(i) + shift).as("beat %d", i).isCloseTo(received[i][0], within(0.0006 * (i + 2)));
        }
        assertThat(read.warnings()).singleElement().asString().startsWith("strap_RR.txt: " + gaps + (gaps == 1 ? " gap" : " gaps")
                + " in the RR stream");
        double saidLostSec = Double.parseDouble(read.warnings().get(0).replaceAll("(?s).*\\((\\d+) s in all.*", "$1"));
        assertThat(saidLostSec).isCloseTo(lostSec, within(0.51));
    }

    /**
     * The strap's accelerometer export with the frames of one to three dropouts lost: the sensor's clock jumps, and the
     * samples after each jump stay at their times (the lost ones NaN), so the accelerometer stays beside the beats.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void accelerometerSamplesAfterLostFramesKeepTheirTimes(long seed) throws IOException {
        Random rnd = new Random(seed);
        double rateHz = List.of(25.0, 50.0, 100.0, 200.0).get(rnd.nextInt(4));
        int n = (int) (300 * rateHz);
        boolean[] lost = new boolean[n];
        int gaps = 1 + rnd.nextInt(3);
        for (int g = 0; g < gaps; g++) {
            int from = (int) ((20 + g * 90 + rnd.nextDouble() * 60) * rateHz);
            int length = (int) ((1.5 + rnd.nextDouble() * 30) * rateHz);
            for (int i = from; i < from + length; i++) {
                lost[i] = true;
            }
        }
        StringBuilder text = new StringBuilder("Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]\n");
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (lost[i]) {
                continue;
            }
            kept++;
            // the sensor stamps its samples on its own clock (the app spreads a frame's stamp over its samples: a
            // jitter of a few hundredths of a sample)
            long ns = 5_000_000_000L + Math.round((i + 0.03 * rnd.nextGaussian()) * 1e9 / rateHz);
            text.append(START.plusNanos(ns).format(PolarRrWriter.PHONE_TIME)).append(';').append(ns).append(';')
                    .append(i % 1000).append(";0;1000\n");
        }
        Path file = Files.writeString(dir.resolve("strap_ACC.txt"), text, StandardCharsets.UTF_8);

        ReadResult read = PolarReader.read(file, ChannelTyping.byLabel());
        Channel x = read.recording().channels().get(0);

        assertThat(x.rateHz()).isCloseTo(rateHz, within(rateHz * 0.01));
        assertThat(x.length()).isEqualTo(n);
        int nan = 0;
        for (int i = 0; i < n; i++) {
            if (lost[i]) {
                nan += Double.isNaN(x.values().get(i)) ? 1 : 0;
            } else {
                assertThat(x.values().get(i)).as("sample %d", i).isEqualTo((i % 1000) / 1000.0);
            }
        }
        assertThat(nan).isEqualTo(n - kept);
        assertThat(read.warnings()).singleElement().asString().contains("without samples where the sensor's clock jumped");
    }

    /** A sensor clock that jumps by years asks for more gap than any budget: refused in one line, nothing allocated. */
    @ParameterizedTest(name = "jump of {0} ns")
    @org.junit.jupiter.params.provider.ValueSource(longs = {86_400_000_000_000_000L, Long.MAX_VALUE / 2})
    void aClockJumpNoMemoryCouldHoldIsRefused(long jumpNs) throws IOException {
        StringBuilder text = new StringBuilder("Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]\n");
        for (int i = 0; i < 200; i++) {
            long ns = 1_000_000_000L + i * 20_000_000L + (i >= 100 ? jumpNs : 0);
            text.append("2026-12-07T10:00:00.000;").append(ns).append(";0;0;1000\n");
        }
        Path file = Files.writeString(dir.resolve("strap_ACC.txt"), text, StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolarReader.read(file, ChannelTyping.byLabel()))
                .isInstanceOf(org.lacrima.io.RecordingFormatException.class).hasMessageContaining("strap_ACC.txt")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stampsThatTrailTheBeatsByANotificationAreNoDropout(long seed) throws IOException {
        Random rnd = new Random(seed);
        double[][] all = beats(rnd);
        // the phone stamps each notification on arrival: the beats of the last second, at the next whole second
        StringBuilder text = new StringBuilder("Phone timestamp;RR-interval [ms]\n");
        for (double[] b : all) {
            double arrival = Math.ceil(b[0]) + 0.3 * rnd.nextDouble();
            text.append(START.plusNanos(Math.round(arrival * 1e9)).format(PolarRrWriter.PHONE_TIME)).append(';')
                    .append(Math.round(b[1] * 1000)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("strap_RR.txt"), text, StandardCharsets.UTF_8);

        ReadResult read = PolarReader.read(file, ChannelTyping.byLabel());
        Channel rr = read.recording().firstChannel(ChannelType.RR).orElseThrow();

        assertThat(read.warnings()).isEmpty();
        double shift = all[0][0] - rr.timeOfSec(0);
        assertThat(rr.timeOfSec(rr.length() - 1) + shift).isCloseTo(all[all.length - 1][0], within(0.0006 * all.length));
    }
}
