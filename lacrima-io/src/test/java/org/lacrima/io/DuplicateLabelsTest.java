package org.lacrima.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Recording;

/** Issue 13: channels with the same label stay distinct channels (ECG, ECG#2), with a warning. */
class DuplicateLabelsTest {
    @TempDir
    Path dir;

    @Test
    void svdb800KeepsItsTwoHalfHourEcgLeadsApart() throws IOException {
        ReadResult r = RecordingReaders.read(TestData.file("svdb/800.hea"), ReadOptions.defaults());

        assertThat(r.recording().channels()).extracting(Channel::label).containsExactly("ECG", "ECG#2");
        assertThat(r.recording().channels()).allSatisfy(c -> assertThat(c.endSec()).isEqualTo(1800.0));
        assertThat(r.warnings()).containsExactly("800.hea: 2 channels are labelled 'ECG'; kept apart as ECG, ECG#2");
    }

    @Test
    void theStreamAnnouncesTheSameLabels() throws IOException {
        try (RecordingStream s = RecordingReaders.open(TestData.file("svdb/800.hea"), ReadOptions.defaults())) {
            assertThat(s.header().channels()).extracting(ChannelInfo::label).containsExactly("ECG", "ECG#2");
            Recording chunk = s.next(60);
            assertThat(chunk.channels()).extracting(Channel::label).containsExactly("ECG", "ECG#2");
        }
    }

    @Test
    void anEdfWithTwoF1SignalsHasTwoTenSecondChannels() throws IOException {
        ReadResult r = RecordingReaders.read(TestData.file("foreign/edf/duplicate_channel_labels.edf"),
                ReadOptions.defaults());

        List<Channel> f1 = r.recording().channels().stream().filter(c -> c.label().startsWith("EEG F1")).toList();
        assertThat(f1).extracting(Channel::label).containsExactly("EEG F1-Ref", "EEG F1-Ref#2");
        assertThat(f1).allSatisfy(c -> assertThat(c.endSec() - c.startOffsetSec()).isEqualTo(10.0));
        assertThat(r.warnings()).contains("duplicate_channel_labels.edf: 2 channels are labelled 'EEG F1-Ref'; kept apart as EEG F1-Ref, EEG F1-Ref#2");
    }

    @Test
    void aCsvWithTwoEdaColumnsAndAnExistingSuffixGetsFreeNames() throws IOException {
        StringBuilder csv = new StringBuilder("time,EDA,EDA,EDA#2,EDA\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i * 0.25).append(",1,2,3,4\n");
        }
        Path file = Files.writeString(dir.resolve("two-eda.csv"), csv);

        ReadResult r = RecordingReaders.read(file, ReadOptions.defaults());

        assertThat(r.recording().channels()).extracting(Channel::label).containsExactly("EDA", "EDA#3", "EDA#2", "EDA#4");
        assertThat(r.recording().channels()).allSatisfy(c -> assertThat(c.length()).isEqualTo(40));
        assertThat(r.recording().channel("EDA#3").orElseThrow().values().get(0)).isEqualTo(2.0);
        assertThat(r.warnings()).contains("two-eda.csv: 3 channels are labelled 'EDA'; kept apart as EDA, EDA#3, EDA#4");
    }
}
