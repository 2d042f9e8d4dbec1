package org.lacrima.io.polar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.TestData;

class PolarSessionTest {
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 3, 10, 0, 0);

    @TempDir
    Path dir;

    private static Recording strapSession(long seed) {
        Recording r = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP_ACC).withSeed(seed)
                .withDurationSec(10 * 60).withConfounders(EnumSet.of(ConfounderKind.WALK, ConfounderKind.MISSED_BEAT))
                .withOutcomes()).recording();
        return new Recording(new RecordingMetadata(java.util.Optional.of(START), "strap", ""), r.channels(), List.of());
    }

    /**
     * The recording's channels of {@code type} from {@code laterSec} on, as a file the app began that much later
     * would hold them (its own start, its samples from its first row).
     */
    private static Recording only(Recording r, ChannelType type, double laterSec) {
        List<Channel> channels = new ArrayList<>();
        for (Channel c : r.channels()) {
            if (c.type() == type) {
                channels.add(c.isRegular() ? Channel.regular(c.label(), c.type(), c.unit(), c.rateHz(), 0,
                        c.slice(laterSec, c.endSec() + 1).values()) : c);
            }
        }
        return new Recording(new RecordingMetadata(java.util.Optional.of(START.plusNanos(Math.round(laterSec * 1e9))),
                "part", ""), channels, List.of());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void aFolderOfOneSessionIsOneRecordingOnOneTimeAxis(long seed) throws IOException {
        Recording written = strapSession(seed);
        // the app starts each stream when the strap delivers it: here the accelerometer 2.5 s after the RR stream
        double accLaterSec = 2.5;
        PolarRrWriter.write(written, dir.resolve("Polar_H10_ABCD_20261203_100000_RR.txt"));
        PolarAccWriter.write(only(written, ChannelType.ACC, accLaterSec), dir.resolve("Polar_H10_ABCD_20261203_100000_ACC.txt"));

        assertThat(RecordingReaders.formatOf(dir, ReadOptions.defaults())).isEqualTo(RecordingFormat.POLAR);
        ReadResult folder = RecordingReaders.read(dir, ReadOptions.defaults());
        Recording read = folder.recording();
        // the folder is read with its accelerometer: nothing to point at
        assertThat(folder.warnings()).noneMatch(w -> w.contains("analyse their folder"));

        Channel rrWritten = written.channels().stream().filter(c -> c.type() == ChannelType.RR).findFirst().orElseThrow();
        Channel rrRead = read.channels().stream().filter(c -> c.type() == ChannelType.RR).findFirst().orElseThrow();
        assertThat(rrRead.length()).isEqualTo(rrWritten.length());
        double rrStartSec = rrRead.timeOfSec(0) - rrWritten.timeOfSec(0);
        // the folder's time axis starts where the writers say their earliest export does
        double axisStartSec = Math.min(PolarRrWriter.startOffsetSec(written),
                accLaterSec + PolarAccWriter.startOffsetSec(only(written, ChannelType.ACC, accLaterSec)));
        assertThat(java.time.Duration.between(START, read.metadata().start().orElseThrow()).toNanos() / 1e9)
                .isCloseTo(axisStartSec, within(0.002));
        for (int i = 0; i < rrWritten.length(); i += 97) {
            // whole milliseconds in the export, summed over the beats before
            assertThat(rrRead.timeOfSec(i) - rrStartSec).isCloseTo(rrWritten.timeOfSec(i), within(0.0005 * (i + 2)));
        }
        // the RR file alone says that its session's accelerometer lies beside it
        assertThat(RecordingReaders.read(dir.resolve("Polar_H10_ABCD_20261203_100000_RR.txt"), ReadOptions.defaults())
                .warnings()).containsExactly("Polar_H10_ABCD_20261203_100000_ACC.txt beside "
                + "Polar_H10_ABCD_20261203_100000_RR.txt is this session's accelerometer: analyse their folder to use it");
        List<Channel> axes = read.channels().stream().filter(c -> c.type() == ChannelType.ACC).toList();
        assertThat(axes).hasSize(3);
        Channel xWritten = written.channels().stream().filter(c -> c.type() == ChannelType.ACC).findFirst().orElseThrow();
        for (Channel axis : axes) {
            assertThat(axis.rateHz()).isCloseTo(xWritten.rateHz(), within(1e-6));
            // placed by its phone timestamp: 2.5 s after the RR stream's start, to the phone clock's millisecond
            assertThat(axis.startOffsetSec() - rrStartSec).isCloseTo(accLaterSec, within(0.002));
        }
        int at = (int) Math.round(100 * xWritten.rateHz());
        assertThat(axes.get(0).values().get(at - (int) Math.round(accLaterSec * xWritten.rateHz())))
                .isCloseTo(xWritten.values().get(at), within(0.0005 + 1e-9));
    }

    @Test
    void theRealH10ExportWithAnAccelerometerFileBesideIt() throws IOException {
        Path rr = dir.resolve("ethan_Harness_60_RR_1.txt");
        Files.copy(TestData.file("polar-h10/ethan_Harness_60_RR_1.txt"), rr);
        Recording single = RecordingReaders.read(rr, ReadOptions.defaults()).recording();
        LocalDateTime rrStart = single.metadata().start().orElseThrow();
        double[] g = new double[25 * 80];
        java.util.Arrays.fill(g, 1.0);
        PolarAccWriter.write(new Recording(new RecordingMetadata(java.util.Optional.of(rrStart.minusSeconds(3)), "acc",
                ""), List.of(axis("X", g), axis("Y", new double[g.length]), axis("Z", new double[g.length])), List.of()),
                dir.resolve("ethan_ACC.txt"));

        Recording read = RecordingReaders.read(dir, ReadOptions.defaults()).recording();

        assertThat(read.metadata().start()).contains(rrStart.minusSeconds(3));
        Channel rrRead = read.channels().stream().filter(c -> c.type() == ChannelType.RR).findFirst().orElseThrow();
        assertThat(rrRead.length()).isEqualTo(173);
        assertThat(rrRead.timeOfSec(0)).isCloseTo(single.channels().get(0).timeOfSec(0) + 3, within(1e-6));
        assertThat(read.channels().stream().filter(c -> c.type() == ChannelType.ACC)).hasSize(3)
                .allSatisfy(c -> assertThat(c.startOffsetSec()).isZero());
        // RR intervals beside an accelerometer come from the H10 strap: the accelerometer is on the chest
        assertThat(read.metadata().accelerometerSite()).isEqualTo(BodySite.CHEST);
        assertThat(single.metadata().accelerometerSite()).isEqualTo(BodySite.UNKNOWN);
    }

    private static Channel axis(String name, double[] values) {
        return Channel.regular("ACC_" + name, ChannelType.ACC, "g", 25, 0, org.lacrima.core.model.Samples.wrap(values));
    }

    /**
     * A simulated strap session whose link dropped out: written as the strap's files, the accelerometer's lost frames are
     * rows the export lacks, and the folder read back has its accelerometer blank over each dropout, beside its beats.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.MethodSource("strapSessionsWithADropout")
    void aDropoutLosesTheAccelerometerWithTheBeats(long seed) throws IOException {
        SimulatedSession simulated = strapSessionWithDropouts(seed);
        List<org.lacrima.core.sim.Confounder> dropouts = dropoutsInside(simulated);
        assertThat(dropouts).isNotEmpty();
        Path folder = dir.resolve("strap");
        PolarSessionWriter.write(new Recording(new RecordingMetadata(java.util.Optional.of(START), "strap", ""),
                simulated.recording().channels(), List.of()), folder);

        ReadResult read = RecordingReaders.read(folder, ReadOptions.defaults());

        Channel x = read.recording().channels().stream().filter(c -> c.type() == ChannelType.ACC).findFirst().orElseThrow();
        Channel rr = read.recording().firstChannel(ChannelType.RR).orElseThrow();
        // the folder's axis starts at the RR export's first beat less its interval, the simulated session's at 0 s
        double shiftSec = java.time.Duration.between(START, read.recording().metadata().start().orElseThrow()).toNanos() / 1e9;
        double sampleSec = 1 / x.rateHz();
        for (org.lacrima.core.sim.Confounder d : dropouts) {
            for (double t = d.startSec() + 2 * sampleSec; t < d.endSec() - 2 * sampleSec; t += 0.5) {
                assertThat(valueAt(x, t - shiftSec)).as("ACC at %.1f s, dropout %s", t, d).isNaN();
            }
            assertThat(valueAt(x, d.startSec() - 1 - shiftSec)).as("ACC before %s", d).isFinite();
            assertThat(valueAt(x, d.endSec() + 1 - shiftSec)).as("ACC after %s", d).isFinite();
            for (int i = 0; i < rr.length(); i++) {
                double beatSec = rr.timeOfSec(i) + shiftSec;
                // the reader places beats after a gap by the phone's clock, to its millisecond
                assertThat(beatSec > d.startSec() + 0.01 && beatSec < d.endSec() - 0.01).as("beat at %.3f s", beatSec)
                        .isFalse();
            }
        }
        assertThat(read.warnings()).anyMatch(w -> w.contains("gap")).anyMatch(w -> w.contains("sensor's clock jumped"));
    }

    private static SimulatedSession strapSessionWithDropouts(long seed) {
        return SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP_ACC).withSeed(seed)
                .withDurationSec(40 * 60).withConfounders(EnumSet.of(ConfounderKind.BLUETOOTH_DROPOUT)).withOutcomes());
    }

    /** The session's Bluetooth dropouts that lie inside it with a few seconds to spare. */
    private static List<org.lacrima.core.sim.Confounder> dropoutsInside(SimulatedSession s) {
        return s.truth().confounders().stream().filter(c -> c.kind() == ConfounderKind.BLUETOOTH_DROPOUT
                && c.startSec() > 5 && c.endSec() < s.recording().durationSec() - 5).toList();
    }

    /** The first three seeds from 31 on whose simulated strap session has a dropout inside it (about two an hour). */
    static java.util.stream.LongStream strapSessionsWithADropout() {
        return java.util.stream.LongStream.iterate(31, s -> s + 1)
                .filter(s -> !dropoutsInside(strapSessionWithDropouts(s)).isEmpty()).limit(3);
    }

    /** The sample of regular channel {@code c} nearest {@code sec} (seconds on its recording's axis). */
    private static double valueAt(Channel c, double sec) {
        return c.values().get((int) Math.round((sec - c.startOffsetSec()) * c.rateHz()));
    }

    @Test
    void onlyThreeAxesInGOfOneRateMakeAnAccExport() {
        Recording written = strapSession(24);
        assertThat(PolarAccWriter.canWrite(only(written, ChannelType.ACC, 0))).isTrue();
        List<Channel> axes = written.channels().stream().filter(c -> c.type() == ChannelType.ACC).toList();
        Recording inMilliG = new Recording(written.metadata(), axes.stream().map(c -> Channel.regular(c.label(), c.type(),
                "mg", c.rateHz(), c.startOffsetSec(), c.values())).toList(), List.of());
        Recording twoAxes = new Recording(written.metadata(), axes.subList(0, 2), List.of());
        for (Recording refused : List.of(inMilliG, twoAxes)) {
            assertThat(PolarAccWriter.canWrite(refused)).isFalse();
            assertThatThrownBy(() -> PolarAccWriter.write(refused, dir.resolve("x_ACC.txt")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three accelerometer channels");
        }
        assertThat(dir.resolve("x_ACC.txt")).doesNotExist();
    }

    @Test
    void anExportStartsAtItsFirstSampleWithAllThreeAxes() throws IOException {
        double[] lostFirst = new double[25 * 60];
        java.util.Arrays.fill(lostFirst, 1.0);
        java.util.Arrays.fill(lostFirst, 0, 25 * 7, Double.NaN);
        Recording late = new Recording(new RecordingMetadata(java.util.Optional.of(START), "acc", ""),
                List.of(axis("X", new double[lostFirst.length]), axis("Y", new double[lostFirst.length]),
                        axis("Z", lostFirst)), List.of());
        Recording none = new Recording(late.metadata(), List.of(axis("X", new double[10]), axis("Y", new double[10]),
                axis("Z", nan(10))), List.of());

        assertThat(PolarAccWriter.startOffsetSec(late)).isEqualTo(7.0);
        assertThat(PolarAccWriter.canWrite(none)).isFalse();
        PolarAccWriter.write(late, dir.resolve("late_ACC.txt"));
        Recording read = RecordingReaders.read(dir.resolve("late_ACC.txt"), ReadOptions.defaults()).recording();
        assertThat(java.time.Duration.between(START, read.metadata().start().orElseThrow()).toMillis()).isEqualTo(7000);
        assertThat(read.channels().get(0).length()).isEqualTo(lostFirst.length - 25 * 7);
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    @Test
    void twoSessionsInOneFolderAreRefusedNamingTheFiles() throws IOException {
        Recording written = strapSession(21);
        PolarRrWriter.write(only(written, ChannelType.RR, 0), dir.resolve("a_RR.txt"));
        PolarRrWriter.write(only(written, ChannelType.RR, 600), dir.resolve("b_RR.txt"));

        assertThatThrownBy(() -> PolarSession.read(dir, org.lacrima.io.ChannelTyping.byLabel(), org.lacrima.io.ReadBudget.defaults()))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessageContaining(dir.getFileName().toString()).hasMessageContaining("a_RR.txt")
                .hasMessageContaining("b_RR.txt").hasMessageNotContaining("\n");
        assertThat(PolarSession.isSession(dir)).isFalse();
    }

    @Test
    void aLinkInTheFolderIsNotPartOfTheSession() throws IOException {
        Recording written = strapSession(22);
        Path session = java.nio.file.Files.createDirectories(dir.resolve("session"));
        Path elsewhere = java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        PolarRrWriter.write(written, session.resolve("s_RR.txt"));
        PolarAccWriter.write(only(written, ChannelType.ACC, 0), elsewhere.resolve("other_ACC.txt"));
        Files.createSymbolicLink(session.resolve("s_ACC.txt"), elsewhere.resolve("other_ACC.txt"));

        Recording read = PolarSession.read(session, org.lacrima.io.ChannelTyping.byLabel(), org.lacrima.io.ReadBudget.defaults()).recording();

        assertThat(read.channels()).extracting(Channel::type).containsExactly(ChannelType.RR);
        assertThat(PolarSession.streamFiles(session)).containsExactly(session.resolve("s_RR.txt"));
    }

    @Test
    void aSessionOrExportBeyondTheReadBudgetIsRefusedBeforeItIsParsed() throws IOException {
        Recording written = strapSession(23);
        PolarRrWriter.write(written, dir.resolve("s_RR.txt"));
        PolarAccWriter.write(written, dir.resolve("s_ACC.txt"));
        // text costs ten times its size to parse: a 1 MB budget allows 100 kB, less than ten minutes of ACC
        org.lacrima.io.ReadOptions small = ReadOptions.defaults().withBudget(new org.lacrima.io.ReadBudget(1L << 20));

        assertThatThrownBy(() -> RecordingReaders.read(dir, small)).isInstanceOf(RecordingFormatException.class)
                .hasMessageContaining(dir.getFileName().toString()).hasMessageContaining("the session's Polar exports hold")
                .hasMessageContaining("allowed for one recording");
        assertThatThrownBy(() -> RecordingReaders.read(dir.resolve("s_ACC.txt"), small))
                .isInstanceOf(RecordingFormatException.class).hasMessageContaining("s_ACC.txt")
                .hasMessageContaining("the Polar export holds");
        assertThat(RecordingReaders.read(dir, ReadOptions.defaults()).recording().channels()).hasSize(4);
    }

    @Test
    void aFolderWithoutPolarExportsIsNoSession() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "session notes\n", StandardCharsets.UTF_8);
        assertThat(PolarSession.isSession(dir)).isFalse();
        assertThatThrownBy(() -> RecordingReaders.read(dir, ReadOptions.defaults()))
                .isInstanceOf(RecordingFormatException.class).hasMessageContaining("no Polar Sensor Logger session");
    }
}
