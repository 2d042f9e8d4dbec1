package org.lacrima.io.wfdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import org.lacrima.io.TestData;

/** Encodes random annotations in MIT format (with SKIP, NUM, SUB, CHN, AUX) and reads them back. */
class WfdbAnnotationReaderTest {

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomAnnotationsRoundTrip(long seed) throws IOException {
        Random rnd = new Random(seed);
        List<WfdbAnnotation> expected = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long time = 0;
        int num = 0;
        int chan = 0;
        for (int i = 0; i < rnd.nextInt(200); i++) {
            long step = rnd.nextInt(5) == 0 ? 1024 + rnd.nextInt(1 << 20) : rnd.nextInt(1024);
            if (step > 1023) {
                // SKIP, then the interval as a PDP-11 long: high 16-bit word first, each little-endian
                word(out, 59, 0);
                word16(out, (int) (step >> 16));
                word16(out, (int) (step & 0xFFFF));
            }
            int code = 1 + rnd.nextInt(49);
            if (code >= 42) {
                code = 1;
            }
            long increment = step > 1023 ? 0 : step;
            word(out, code, (int) increment);
            time += step;
            int sub = 0;
            String aux = "";
            if (rnd.nextInt(4) == 0) {
                sub = rnd.nextInt(100);
                word(out, 61, sub);
            }
            if (rnd.nextInt(4) == 0) {
                chan = rnd.nextInt(16);
                word(out, 62, chan);
            }
            if (rnd.nextInt(4) == 0) {
                num = rnd.nextInt(100);
                word(out, 60, num);
            }
            if (rnd.nextInt(3) == 0) {
                aux = "(N" + "xyz".substring(0, rnd.nextInt(4)) + (rnd.nextBoolean() ? "Relax" : "");
                byte[] a = aux.getBytes(StandardCharsets.ISO_8859_1);
                word(out, 63, a.length);
                out.write(a, 0, a.length);
                if (a.length % 2 == 1) {
                    out.write(0);
                }
            }
            expected.add(new WfdbAnnotation(time, code, sub, chan, num, aux));
        }
        word(out, 0, 0);
        Path atr = dir.resolve("r.atr");
        Files.write(atr, out.toByteArray());

        assertThat(WfdbAnnotationReader.read(atr)).isEqualTo(expected);
    }

    private static void word(ByteArrayOutputStream out, int a, int i) {
        word16(out, a << 10 | i);
    }

    private static void word16(ByteArrayOutputStream out, int w) {
        out.write(w & 0xFF);
        out.write(w >> 8 & 0xFF);
    }

    @Test
    void mitBih100AnnotationsAreTheReferenceCountsAndStartWithTheRhythmNote() throws IOException {
        List<WfdbAnnotation> a = WfdbAnnotationReader.read(TestData.file("mitdb/100.atr"));
        List<WfdbAnnotation> gqrs = WfdbAnnotationReader.read(TestData.file("mitdb/100.qrs"));

        assertThat(a).hasSize(2274);
        assertThat(a.get(0).symbol()).isEqualTo("+");
        assertThat(a.get(0).aux()).isEqualTo("(N");
        assertThat(a.stream().filter(WfdbAnnotation::isBeat).count()).isEqualTo(2273);
        assertThat(gqrs.stream().filter(WfdbAnnotation::isBeat).count()).isEqualTo(2273);
        assertThat(gqrs.get(0).aux()).startsWith("gqrs");
        for (int i = 1; i < a.size(); i++) {
            assertThat(a.get(i).sample()).isGreaterThanOrEqualTo(a.get(i - 1).sample());
        }
    }
}
