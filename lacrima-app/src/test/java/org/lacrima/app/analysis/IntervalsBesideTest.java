package org.lacrima.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ReadBudget;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.polar.PolarRrWriter;

/**
 * {@link IntervalsBeside}: a strap's intervals kept in a Polar RR export beside a recording come back on the
 * recording's time axis, each beat where the export puts it, moved by the time between the two starts, and a recording read in chunks gets each beat once.
 */
class IntervalsBesideTest {
    @TempDir
    Path dir;

    /** Beats of a strap whose clock started {@code leadSec} before or after the recording's, seeded. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyBeatComesBackAtItsTimeOnTheRecordingsAxis(long seed) throws IOException {
        Random random = new Random(seed);
        LocalDateTime recordingStart = LocalDateTime.of(2026, 12, 7, 10, 0, 0);
        double leadSec = Math.round(-30_000 + 60_000 * random.nextDouble()) / 1000.0;
        double[] beats = new double[200 + random.nextInt(400)];
        double t = 0.2 + random.nextDouble();
        for (int i = 0; i < beats.length; i++) {
            t += 0.6 + 0.4 * random.nextDouble();
            beats[i] = t;
        }
        Path export = writeExport(recordingStart.plusNanos(Math.round(leadSec * 1e9)), beats);
        Recording eda = new Recording(new RecordingMetadata(Optional.of(recordingStart), "session.edf", "C-1"),
                List.of(Channel.regular("EDA", ChannelType.EDA, "uS", 4, 0, Samples.wrap(new double[4 * 600]))),
                List.of());

        IntervalsBeside beside = IntervalsBeside.read(export, Optional.of(recordingStart), ReadBudget.defaults());
        Channel rr = beside.joined(eda).firstChannel(ChannelType.RR).orElseThrow();

        assertThat(rr.length()).isEqualTo(beats.length);
        // exactly the export's own axis, moved by the time between the two starts
        Recording alone = RecordingReaders.read(export, ReadOptions.defaults()).recording();
        Channel own = alone.firstChannel(ChannelType.RR).orElseThrow();
        double between = java.time.Duration.between(recordingStart, alone.metadata().start().orElseThrow()).toNanos() / 1e9;
        for (int i = 0; i < beats.length; i++) {
            assertThat(rr.timeOfSec(i)).isCloseTo(own.timeOfSec(i) + between, within(1e-9));
            // and so at the beat's time, to the export's resolution: each interval written to the millisecond
            assertThat(rr.timeOfSec(i)).isCloseTo(beats[i] + leadSec, within(0.002 + 0.0005 * i));
        }
        // in chunks: each beat in the one chunk it closes in, none lost at the edges
        double cut = 100 + 200 * random.nextDouble();
        int first = beside.joined(eda, Double.NEGATIVE_INFINITY, cut).firstChannel(ChannelType.RR).orElseThrow().length();
        int rest = beside.joined(eda, cut, Double.POSITIVE_INFINITY).firstChannel(ChannelType.RR).orElseThrow()
                .length();
        assertThat(first + rest).isEqualTo(beats.length);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void withoutAStartTheBeatsCannotBePlacedAndTheFileIsNamed(boolean exportKnowsItsStart) throws IOException {
        Path export = writeExport(LocalDateTime.of(2026, 12, 7, 10, 0), new double[] {1, 2, 3});
        Optional<LocalDateTime> recordingStart = exportKnowsItsStart ? Optional.empty()
                : Optional.of(LocalDateTime.of(2026, 12, 7, 10, 0));
        if (exportKnowsItsStart) {
            assertThatThrownBy(() -> IntervalsBeside.read(export, recordingStart, ReadBudget.defaults()))
                    .isInstanceOf(RecordingFormatException.class).hasMessageContaining(export.getFileName().toString())
                    .hasMessageContaining("start time");
        } else {
            assertThat(IntervalsBeside.read(export, recordingStart, ReadBudget.defaults()).joined(new Recording(RecordingMetadata.of("x"),
                    List.of(), List.of())).firstChannel(ChannelType.RR)).isPresent();
        }
    }

    /** A Polar RR export of {@code beatsSec} (each beat's time from {@code start}), as the live session keeps it. */
    private Path writeExport(LocalDateTime start, double[] beatsSec) throws IOException {
        double[] intervals = new double[beatsSec.length];
        for (int i = 0; i < beatsSec.length; i++) {
            intervals[i] = i == 0 ? beatsSec[0] : beatsSec[i] - beatsSec[i - 1];
        }
        Recording strap = new Recording(new RecordingMetadata(Optional.of(start), "strap", "C-1"),
                List.of(Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(beatsSec), Samples.wrap(intervals))),
                List.of());
        Path file = dir.resolve("live_RR.txt");
        PolarRrWriter.write(strap, file);
        return file;
    }
}
