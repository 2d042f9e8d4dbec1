package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingStream;

/** EDF+D: records placed by their time-keeping TALs, gaps filled with NaN, streams split at gaps. */
class EdfDiscontinuousTest {

    @TempDir
    Path dir;

    /** Five 1-s records of a 10 Hz ramp; records 4 and 5 moved to 8 s and 9 s by their TALs. */
    private Path discontinuousFile() throws IOException {
        double[] ramp = new double[50];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i;
        }
        Recording rec = new Recording(RecordingMetadata.of("x"),
                List.of(Channel.regular("RESP", ChannelType.RSP, "a.u.", 10, 0, Samples.wrap(ramp))),
                List.of(Event.at(8.5, "after the gap")));
        Path file = dir.resolve("d.edf");
        EdfWriter.write(rec, file);
        byte[] b = Files.readAllBytes(file);
        byte[] reserved = String.format("%-44s", "EDF+D").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(reserved, 0, b, 192, 44);
        replaceAll(b, "+3\u0014\u0014\0", "+8\u0014\u0014\0");
        replaceAll(b, "+4\u0014\u0014\0", "+9\u0014\u0014\0");
        Files.write(file, b);
        return file;
    }

    private static void replaceAll(byte[] b, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + f.length <= b.length; i++) {
            for (int k = 0; k < f.length; k++) {
                if (b[i + k] != f[k]) {
                    continue outer;
                }
            }
            System.arraycopy(t, 0, b, i, t.length);
        }
    }

    @Test
    void wholeReadPlacesRecordsByTheirTimeAndFillsTheGapWithNan() throws IOException {
        ReadResult r = EdfReader.read(discontinuousFile(), ChannelTyping.byLabel());
        Channel c = r.recording().channels().get(0);

        assertThat(c.length()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            if (i < 30) {
                assertThat(c.values().get(i)).isCloseTo(i, org.assertj.core.api.Assertions.within(0.01));
            } else if (i < 80) {
                assertThat(c.values().get(i)).isNaN();
            } else {
                assertThat(c.values().get(i)).isCloseTo(i - 50, org.assertj.core.api.Assertions.within(0.01));
            }
        }
        assertThat(r.recording().events()).containsExactly(Event.at(8.5, "after the gap"));
        assertThat(r.warnings()).singleElement().asString().contains("EDF+D");
    }

    @Test
    void streamChunksEndAtTheGapAndStartAtTheRecordTime() throws IOException {
        List<Double> starts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        try (RecordingStream s = EdfReader.open(discontinuousFile(), ChannelTyping.byLabel())) {
            while (s.hasNext()) {
                Channel c = s.next(100).channels().get(0);
                starts.add(c.startOffsetSec());
                lengths.add(c.length());
            }
        }

        assertThat(starts).containsExactly(0.0, 8.0);
        assertThat(lengths).containsExactly(30, 20);
    }
}
