package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;

class RecordingWritersTest {

    @TempDir
    Path dir;

    private static Recording recording() {
        double[] v = new double[400];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i / 10.0);
        }
        return new Recording(RecordingMetadata.of("t"),
                List.of(Channel.regular("ECG", ChannelType.ECG, "mV", 100, 0, Samples.wrap(v))),
                List.of(Event.at(1.25, "calming")));
    }

    @Test
    void extensionChoosesTheFormatAndTheReaderDetectsItBack() throws IOException {
        RecordingWriters.write(recording(), dir.resolve("a.edf"));
        RecordingWriters.write(recording(), dir.resolve("a.csv"));

        assertThat(FormatDetector.detect(dir.resolve("a.edf"))).isEqualTo(RecordingFormat.EDF);
        assertThat(FormatDetector.detect(dir.resolve("a.csv"))).isEqualTo(RecordingFormat.CSV);
        Recording edf = RecordingReaders.read(dir.resolve("a.edf"), ReadOptions.defaults()).recording();
        Recording csv = RecordingReaders.read(dir.resolve("a.csv"), ReadOptions.defaults()).recording();
        assertThat(edf.events()).containsExactly(Event.at(1.25, "calming"));
        assertThat(csv.channels().get(0).values()).isEqualTo(recording().channels().get(0).values());
        assertThat(edf.channels().get(0).length()).isEqualTo(400);
    }

    @Test
    void unknownExtensionIsRefusedWithoutWritingAnything() {
        assertThatThrownBy(() -> RecordingWriters.write(recording(), dir.resolve("a.mp3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a.mp3: unsupported output format (use .edf or .csv)");
        assertThat(dir.resolve("a.mp3")).doesNotExist();
    }
}
