package org.lacrima.io.wfdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;

/** Writes seeded random samples in each format with an independent encoder and reads them back. */
class WfdbFormatTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        int[] formats = {16, 61, 80, 160, 24, 32, 212, 310, 311};
        return Stream.of(formats).flatMap(fs -> java.util.Arrays.stream(fs).boxed())
                .flatMap(f -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(f, seed)));
    }

    static int bits(int format) {
        return switch (format) {
            case 80 -> 8;
            case 16, 61, 160 -> 16;
            case 24 -> 24;
            case 32 -> 31;
            case 212 -> 12;
            default -> 10;
        };
    }

    @ParameterizedTest(name = "format {0}, seed {1}")
    @MethodSource("cases")
    void randomSamplesRoundTripWithMultiFrequencyFramesAndChecksums(int format, long seed) throws IOException {
        Random rnd = new Random(seed * 31 + format);
        int nsig = 1 + rnd.nextInt(3);
        int[] spf = new int[nsig];
        for (int s = 0; s < nsig; s++) {
            spf[s] = 1 + rnd.nextInt(3);
        }
        int frames = 1 + rnd.nextInt(500);
        int frameSize = java.util.Arrays.stream(spf).sum();
        // packed formats need whole groups: pad the frame count so the sample stream fills them
        while (format >= 212 && format != 16 && (frames * frameSize) % (format == 212 ? 2 : 3) != 0) {
            frames++;
        }
        int limit = 1 << (bits(format) - 1);
        int[] stream = new int[frames * frameSize];
        long[] sums = new long[nsig];
        int p = 0;
        for (int f = 0; f < frames; f++) {
            for (int s = 0; s < nsig; s++) {
                for (int j = 0; j < spf[s]; j++) {
                    int v = rnd.nextInt(2 * limit - 1) - limit + 1;
                    stream[p++] = v;
                    sums[s] += v;
                }
            }
        }
        Files.write(dir.resolve("r.dat"), encode(format, stream));
        StringBuilder hea = new StringBuilder("# synthetic\r\nr " + nsig + " 100 " + frames + "\r\n\r\n");
        double[] gains = new double[nsig];
        int[] baselines = new int[nsig];
        for (int s = 0; s < nsig; s++) {
            gains[s] = 1 + rnd.nextInt(1000) / 7.0;
            baselines[s] = rnd.nextInt(200) - 100;
            int first = stream[offsetOf(spf, s)];
            long checksum = rnd.nextBoolean() ? sums[s] & 0xFFFF : (short) sums[s];
            hea.append("r.dat ").append(format).append(spf[s] > 1 ? "x" + spf[s] : "").append(' ')
                    .append(gains[s]).append('(').append(baselines[s]).append(")/uV 16 0 ").append(first)
                    .append(' ').append(checksum).append(" 0 lead ").append(s).append("\r\n");
        }
        Files.writeString(dir.resolve("r.hea"), hea);

        ReadResult r = WfdbReader.read(dir.resolve("r.hea"), ChannelTyping.byLabel());

        assertThat(r.warnings()).isEmpty();
        Recording rec = r.recording();
        assertThat(rec.channels()).hasSize(nsig);
        for (int s = 0; s < nsig; s++) {
            Channel c = rec.channels().get(s);
            assertThat(c.label()).isEqualTo("lead " + s);
            assertThat(c.rateHz()).isEqualTo(100.0 * spf[s]);
            assertThat(c.length()).isEqualTo(frames * spf[s]);
            for (int f = 0; f < frames; f++) {
                for (int j = 0; j < spf[s]; j++) {
                    int digital = stream[f * frameSize + offsetOf(spf, s) + j];
                    assertThat(c.values().get(f * spf[s] + j)).isEqualTo((digital - baselines[s]) / gains[s]);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void signalsSpreadOverTwoFilesInDifferentFormatsAndAByteOffset() throws IOException {
        int[] a = {1, -2, 3, -4, 5, -6};
        int[] b = {100, 200, 300};
        byte[] first = encode(212, a);
        byte[] second = encode(16, b);
        byte[] withPrefix = new byte[second.length + 10];
        System.arraycopy(second, 0, withPrefix, 10, second.length);
        Files.write(dir.resolve("a.dat"), first);
        Files.write(dir.resolve("b.dat"), withPrefix);
        Files.writeString(dir.resolve("two.hea"), "two 3 100 3\n"
                + "a.dat 212 100 12 0 1 9 0 I\n"
                + "a.dat 212 100 12 0 -2 -12 0 II\n"
                + "b.dat 16+10 10/mmHg 16 0 100 600 0 ABP\n");

        ReadResult r = WfdbReader.read(dir.resolve("two.hea"), ChannelTyping.byLabel());

        assertThat(r.warnings()).isEmpty();
        Recording rec = r.recording();
        assertThat(rec.channels().get(0).values().toArray()).containsExactly(0.01, 0.03, 0.05);
        assertThat(rec.channels().get(1).values().toArray()).containsExactly(-0.02, -0.04, -0.06);
        assertThat(rec.channels().get(2).values().toArray()).containsExactly(10.0, 20.0, 30.0);
        assertThat(rec.channels().get(2).unit()).isEqualTo("mmHg");
    }

    private static int offsetOf(int[] spf, int s) {
        int o = 0;
        for (int i = 0; i < s; i++) {
            o += spf[i];
        }
        return o;
    }

    private static byte[] encode(int format, int[] v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case 80 -> {
                for (int x : v) {
                    out.write(x + 128);
                }
            }
            case 16, 160 -> {
                for (int x : v) {
                    int u = format == 160 ? x + 32768 : x;
                    out.write(u & 0xFF);
                    out.write(u >> 8 & 0xFF);
                }
            }
            case 61 -> {
                for (int x : v) {
                    out.write(x >> 8 & 0xFF);
                    out.write(x & 0xFF);
                }
            }
            case 24, 32 -> {
                for (int x : v) {
                    for (int k = 0; k < format / 8; k++) {
                        out.write(x >> (8 * k) & 0xFF);
                    }
                }
            }
            case 212 -> {
                for (int i = 0; i < v.length; i += 2) {
                    int a = v[i] & 0xFFF;
                    int b = v[i + 1] & 0xFFF;
                    out.write(a & 0xFF);
                    out.write((a >> 8) | (b >> 8) << 4);
                    out.write(b & 0xFF);
                }
            }
            case 310 -> {
                for (int i = 0; i < v.length; i += 3) {
                    int a = v[i] & 0x3FF;
                    int b = v[i + 1] & 0x3FF;
                    int c = v[i + 2] & 0x3FF;
                    int w0 = a << 1 | (c & 0x1F) << 11;
                    int w1 = b << 1 | (c >> 5) << 11;
                    out.write(w0 & 0xFF);
                    out.write(w0 >> 8 & 0xFF);
                    out.write(w1 & 0xFF);
                    out.write(w1 >> 8 & 0xFF);
                }
            }
            case 311 -> {
                for (int i = 0; i < v.length; i += 3) {
                    int w = (v[i] & 0x3FF) | (v[i + 1] & 0x3FF) << 10 | (v[i + 2] & 0x3FF) << 20;
                    for (int k = 0; k < 4; k++) {
                        out.write(w >> (8 * k) & 0xFF);
                    }
                }
            }
            default -> throw new IllegalArgumentException("format " + format);
        }
        return out.toByteArray();
    }
}
