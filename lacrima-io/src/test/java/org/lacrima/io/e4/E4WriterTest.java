package org.lacrima.io.e4;

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
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.EpisodeSpec;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormat;
import org.lacrima.io.RecordingReaders;

class E4WriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void simulatedWristSessionReadsBackAsAnE4Export(long seed) throws IOException {
        Recording written = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.WRIST).withSeed(seed)
                .withDurationSec(20 * 60).withConfounders(EnumSet.of(ConfounderKind.WRIST_MOTION))
                .withEpisodes(EpisodeSpec.parseList(List.of("subsided-interrupted")))).recording();
        Path zip = dir.resolve("e4-" + seed + ".zip");

        E4Writer.write(written, zip);

        assertThat(RecordingReaders.formatOf(zip, ReadOptions.defaults())).isEqualTo(RecordingFormat.E4);
        Recording read = RecordingReaders.read(zip, ReadOptions.defaults()).recording();
        assertThat(read.metadata().start()).isEqualTo(written.metadata().start());
        for (Channel want : written.channels()) {
            Channel got = read.channels().stream().filter(c -> c.label().equals(want.type() == ChannelType.PPG ? "BVP"
                    : want.label())).findFirst().orElseThrow();
            assertThat(got.type()).isEqualTo(want.type());
            assertThat(got.rateHz()).isEqualTo(want.rateHz());
            assertThat(got.length()).isEqualTo(want.length());
            double step = want.type() == ChannelType.ACC ? 0.5 / 64 : 1e-6;
            for (int i = 0; i < want.length(); i += 7) {
                assertThat(got.values().get(i)).as(want.label()).isCloseTo(want.values().get(i), within(step + 1e-9));
            }
        }
        Path again = dir.resolve("again-" + seed + ".zip");
        E4Writer.write(written, again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(zip));
        assertThat(read.events()).hasSameSizeAs(written.events()).isNotEmpty();
        for (int i = 0; i < read.events().size(); i++) {
            assertThat(read.events().get(i).label()).isEqualTo("tag");
            assertThat(read.events().get(i).onsetSec()).isCloseTo(written.events().get(i).onsetSec(), within(0.01));
        }
    }

    @Test
    void aRecordingWithoutWristChannelsIsRefusedAndNothingWritten() throws IOException {
        Recording rrOnly = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP)
                .withDurationSec(120).withEpisodes(List.of())).recording();
        Path zip = dir.resolve("none.zip");

        assertThatThrownBy(() -> E4Writer.write(rrOnly, zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EDA");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
