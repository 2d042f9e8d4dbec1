package org.lacrima.io.polar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.RecordingReaders;

class PolarRrWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void simulatedStrapSessionReadsBackAsAPolarExport(long seed) throws IOException {
        Recording written = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed)
                .withDurationSec(15 * 60).withConfounders(EnumSet.of(ConfounderKind.MISSED_BEAT, ConfounderKind.SPLIT_BEAT))
                .withOutcomes()).recording();
        Path txt = dir.resolve("polar-" + seed + ".txt");

        PolarRrWriter.write(written, txt);

        assertThat(RecordingReaders.formatOf(txt, ReadOptions.defaults())).isEqualTo(RecordingFormat.POLAR);
        Channel want = written.channels().get(0);
        Channel got = RecordingReaders.read(txt, ReadOptions.defaults()).recording().channels().get(0);
        assertThat(got.length()).isEqualTo(want.length());
        for (int i = 0; i < want.length(); i++) {
            // the export keeps whole milliseconds
            assertThat(got.values().get(i)).isCloseTo(want.values().get(i), within(0.0005 + 1e-9));
        }
    }

    @Test
    void aRecordingWithoutRrIsRefusedAndNothingWritten() throws IOException {
        Recording wrist = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.WRIST).withDurationSec(60)
                .withOutcomes()).recording();
        assertThatThrownBy(() -> PolarRrWriter.write(wrist, dir.resolve("x.txt"))).hasMessageContaining("RR channel");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
