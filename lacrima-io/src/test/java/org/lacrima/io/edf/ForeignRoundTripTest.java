package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ForeignFiles;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.RecordingWriters;

/**
 * Issue 13 acceptance: every file of {@code foreign/} that is read converts to EDF+ and reads back
 * with the same channels (labels, types, rates, lengths) and values within half a quantisation step
 * of the written file (NaN stays NaN). Irregular channels (beat intervals) are not EDF signals and
 * are left out, as the writer documents.
 */
class ForeignRoundTripTest {
    @TempDir
    Path dir;

    static Stream<String> readable() {
        return ForeignFiles.readable().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void convertsToEdfPlusAndReadsBack(String file) throws IOException {
        Recording original = RecordingReaders.read(ForeignFiles.root().resolve(file), ReadOptions.defaults()).recording();
        List<Channel> regular = original.channels().stream().filter(Channel::isRegular).toList();
        if (regular.isEmpty()) {
            return; // Garmin data.csv: irregular series only, nothing an EDF signal can hold
        }
        Path out = dir.resolve("out.edf");
        RecordingWriters.write(original, out);
        Recording back = RecordingReaders.read(out, ReadOptions.defaults()).recording();
        List<EdfSignalHeader> signals;
        try (FileChannel ch = FileChannel.open(out)) {
            signals = EdfHeaderParser.parse(out, ch, new ArrayList<>()).signals().stream()
                    .filter(s -> !s.isAnnotation()).toList();
        }
        assertThat(back.channels()).hasSameSizeAs(regular);
        for (int k = 0; k < regular.size(); k++) {
            Channel o = regular.get(k);
            Channel r = back.channels().get(k);
            assertThat(r.label()).isEqualTo(o.label());
            assertThat(r.type()).isEqualTo(o.type());
            assertThat(r.rateHz()).isCloseTo(o.rateHz(), org.assertj.core.api.Assertions.within(1e-9 * o.rateHz()));
            // EDF holds whole data records: the last is padded (writer's documented limit), by less than one record
            int perRecord = signals.get(k).samplesPerRecord();
            assertThat(r.length()).isBetween(o.length(), o.length() + perRecord - 1);
            double halfStep = signals.get(k).gain() / 2;
            double physicalMin = signals.get(k).physicalMin();
            for (int i = 0; i < o.length(); i++) {
                double expected = o.values().get(i);
                double got = r.values().get(i);
                if (Double.isNaN(expected)) {
                    // EDF has no missing value: NaN is written as the physical minimum (writer's documented limit)
                    assertThat(got).as("%s[%d]", o.label(), i).isCloseTo(physicalMin, org.assertj.core.api.Assertions.within(halfStep));
                } else {
                    assertThat(Math.abs(got - expected)).as("%s[%d]", o.label(), i)
                            .isLessThanOrEqualTo(halfStep * (1 + 1e-9) + 1e-12 * Math.abs(expected));
                }
            }
        }
    }
}
