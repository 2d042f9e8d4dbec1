package org.lacrima.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;
import org.lacrima.io.RecordingFormatException;

class EventsCsvTest {

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenEventsReadBackExactly(long seed) throws IOException {
        Random rnd = new Random(seed);
        List<Event> events = new ArrayList<>();
        String alphabet = "abc XYZ,;\"'éü漢-";
        for (int i = 0; i < rnd.nextInt(20); i++) {
            StringBuilder label = new StringBuilder("e");
            for (int k = 0; k < rnd.nextInt(12); k++) {
                label.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            events.add(new Event(rnd.nextDouble() * 3600, rnd.nextBoolean() ? 0 : rnd.nextDouble() * 60,
                    label.toString().strip(), EventKind.values()[rnd.nextInt(EventKind.values().length)]));
        }
        Path file = dir.resolve("events.csv");

        EventsCsv.write(events, file);

        assertThat(EventsCsv.read(file))
                .isEqualTo(events.stream().sorted(Comparator.comparingDouble(Event::onsetSec)).toList());
    }

    @Test
    void aKindColumnGivesTheKindAndOldLabelsStillCarryIt() throws IOException {
        Path file = dir.resolve("kinds.csv");
        Files.writeString(file, "onset,label,kind\n10,breathing together,intervention\n20,intervention: grounding,\n"
                + "30,crying,tears\n40,stage 2,\n");

        assertThat(EventsCsv.read(file)).extracting(Event::kind).containsExactly(EventKind.INTERVENTION,
                EventKind.INTERVENTION, EventKind.TEARS, EventKind.MARKER);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheLine() throws IOException {
        Path file = dir.resolve("bad-kind.csv");
        Files.writeString(file, "onset,label,kind\n10,x,hug\n");

        assertThatThrownBy(() -> EventsCsv.read(file)).isInstanceOf(RecordingFormatException.class)
                .hasMessageContaining("bad-kind.csv").hasMessageContaining("line 2").hasMessageContaining("hug");
    }

    @Test
    void headerlessSemicolonFileWithClockTimesAndDurations() throws IOException {
        Path file = dir.resolve("ev.csv");
        Files.writeString(file, "12.5;crying starts\n02:30;calming;20\n1:00:00;end\n");

        assertThat(EventsCsv.read(file)).containsExactly(Event.at(12.5, "crying starts"),
                new Event(150, 20, "calming"), Event.at(3600, "end"));
    }

    @Test
    void columnsAreFoundByHeaderName() throws IOException {
        Path file = dir.resolve("ev.csv");
        Files.writeString(file, "Label,Duration,Onset\ntopic: mother,0,10\n");

        assertThat(EventsCsv.read(file)).containsExactly(Event.at(10, "topic: mother"));
    }

    @Test
    void badOnsetNamesTheLine() throws IOException {
        Path file = dir.resolve("ev.csv");
        Files.writeString(file, "onset,label\n10,a\nsoon,b\n");

        assertThatThrownBy(() -> EventsCsv.read(file)).isInstanceOf(RecordingFormatException.class)
                .hasMessage("ev.csv: line 3: onset 'soon' is not a number of seconds");
    }

    @Test
    void clockTimeOnsetsArePlacedByTheRecordingsStart() throws IOException {
        Path file = dir.resolve("markers.txt");
        // as a phone app logging beside a strap writes them: its own timestamp column, semicolons
        Files.writeString(file, "Phone timestamp;Marker\n2026-12-03T10:02:30.250;intervention: calming\n"
                + "2026-12-03 10:00:05;topic: mother\n");
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 12, 3, 10, 0, 0);

        assertThat(EventsCsv.read(file, () -> java.util.Optional.of(start))).containsExactly(
                Event.at(5, "topic: mother"), Event.at(150.25, "intervention: calming"));
        assertThatThrownBy(() -> EventsCsv.read(file)).isInstanceOf(RecordingFormatException.class)
                .hasMessageContaining("markers.txt: line 2").hasMessageContaining("clock time")
                .hasMessageContaining("no start date-time");
        assertThatThrownBy(() -> EventsCsv.read(file, () -> java.util.Optional.of(start.plusMinutes(1))))
                .isInstanceOf(RecordingFormatException.class).hasMessageContaining("line 3")
                .hasMessageContaining("before the recording's start");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void clockTimesAndSecondsGiveTheSameEvents(long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2020 + random.nextInt(7), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
        StringBuilder seconds = new StringBuilder("onset,label\n");
        StringBuilder clock = new StringBuilder("time,label\n");
        for (int k = 0; k < 1 + random.nextInt(20); k++) {
            long ms = random.nextInt(6 * 3600 * 1000);
            seconds.append(ms / 1000.0).append(",e").append(k).append('\n');
            clock.append(start.plusNanos(ms * 1_000_000L)).append(",e").append(k).append('\n');
        }
        Path a = dir.resolve("seconds.csv");
        Path b = dir.resolve("clock.csv");
        Files.writeString(a, seconds);
        Files.writeString(b, clock);

        assertThat(EventsCsv.read(b, () -> java.util.Optional.of(start))).isEqualTo(EventsCsv.read(a));
    }

    @Test
    void aTypeColumnThatNamesAKindGivesIt() throws IOException {
        Path file = dir.resolve("typed.csv");
        Files.writeString(file, "time_s,event,type\n10,calming,intervention\n20,sobbing,tears\n30,door,start\n"
                + "40,intervention: breathing,\n");

        assertThat(EventsCsv.read(file)).extracting(Event::label, Event::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("calming", EventKind.INTERVENTION),
                org.assertj.core.groups.Tuple.tuple("sobbing", EventKind.TEARS),
                org.assertj.core.groups.Tuple.tuple("door", EventKind.MARKER),
                org.assertj.core.groups.Tuple.tuple("intervention: breathing", EventKind.INTERVENTION));
    }
}
