package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TalCodecTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    /** Random label over ASCII, Latin-1 and a few multi-byte characters; never the TAL delimiters. */
    static String randomLabel(Random rnd) {
        String alphabet = "abcXYZ 019_-.,:;()éüßÅ漢字😀";
        StringBuilder sb = new StringBuilder();
        int len = 1 + rnd.nextInt(20);
        while (sb.length() < len) {
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            sb.appendCodePoint(cp);
        }
        String s = sb.toString().trim();
        return s.isEmpty() ? "x" : s;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void encodedTalsDecodeToTheSameOnsetsDurationsAndTexts(long seed) {
        Random rnd = new Random(seed);
        List<Tal> tals = new ArrayList<>();
        StringBuilder padding = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int n = 1 + rnd.nextInt(10);
        for (int i = 0; i < n; i++) {
            double onset = (rnd.nextDouble() - 0.1) * Math.pow(10, rnd.nextInt(7));
            double duration = rnd.nextBoolean() ? 0 : rnd.nextDouble() * 100;
            List<String> texts = new ArrayList<>();
            for (int k = 0; k <= rnd.nextInt(3); k++) {
                texts.add(randomLabel(rnd));
            }
            Tal tal = new Tal(onset, duration, texts);
            tals.add(tal);
            bytes.writeBytes(TalCodec.encode(tal));
        }
        padding.append("\0".repeat(rnd.nextInt(8)));
        bytes.writeBytes(padding.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] b = bytes.toByteArray();

        assertThat(TalCodec.decode(b, 0, b.length)).isEqualTo(tals);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void timesAreWrittenWithoutExponentAndParseBackExactly(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 200; i++) {
            double v = (rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble() * Math.pow(10, rnd.nextInt(22) - 12);
            String s = TalCodec.plain(v);
            assertThat(s).doesNotContainIgnoringCase("e");
            assertThat(Double.parseDouble(s)).isEqualTo(v);
        }
    }

    @Test
    void specificationExampleDecodes() {
        byte[] b = "+180\u0014Lights off\u0014Close door\u0014\0+1800.2\u001525.5\u0014Apnea\u0014\0\0\0"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(TalCodec.decode(b, 0, b.length)).containsExactly(
                new Tal(180, 0, List.of("Lights off", "Close door")),
                new Tal(1800.2, 25.5, List.of("Apnea")));
    }

    @Test
    void timeKeepingTalIsRecognised() {
        byte[] b = TalCodec.encodeTimeKeeping(12.5);

        List<Tal> tals = TalCodec.decode(b, 0, b.length);
        assertThat(tals).hasSize(1);
        assertThat(tals.get(0).isTimeKeeping()).isTrue();
        assertThat(tals.get(0).onsetSec()).isEqualTo(12.5);
    }

    @Test
    void malformedTalsAreRejectedWithTheReason() {
        byte[] noClose = "+1.5\u0014text\0".getBytes(StandardCharsets.US_ASCII);
        byte[] badOnset = "+1e5\u0014x\u0014\0".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> TalCodec.decode(noClose, 0, noClose.length)).hasMessageContaining("closing");
        assertThatThrownBy(() -> TalCodec.decode(badOnset, 0, badOnset.length)).hasMessageContaining("not a number");
    }
}
