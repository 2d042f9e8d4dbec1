package org.lacrima.io.e4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.TestData;

class E4ReaderTest {

    @TempDir
    Path dir;

    @Test
    void wesadS2FolderLoadsEveryFileWithItsOwnStartAndRate() throws IOException {
        org.lacrima.io.ReadResult r = E4Reader.read(TestData.file("wesad-e4/S2"), ChannelTyping.byLabel());
        Recording rec = r.recording();
        assertThat(rec.metadata().accelerometerSite()).isEqualTo(org.lacrima.core.model.BodySite.WRIST);

        assertThat(r.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).startsWith("S2: TEMP.csv has ").contains("sensor artefacts"))
                .anySatisfy(w -> assertThat(w).startsWith("S2: the device's beats (IBI.csv) cover 38% of the 7874 s of BVP"));
        assertThat(rec.metadata().start()).contains(LocalDateTime.of(2017, 5, 22, 7, 15, 25));
        assertThat(rec.channels()).extracting(Channel::label)
                .containsExactly("EDA", "BVP", "HR", "TEMP", "ACC_X", "ACC_Y", "ACC_Z", "IBI");
        assertThat(rec.channels()).extracting(Channel::type).containsExactly(ChannelType.EDA, ChannelType.PPG,
                ChannelType.HR, ChannelType.TEMP, ChannelType.ACC, ChannelType.ACC, ChannelType.ACC, ChannelType.OTHER);
        assertThat(rec.channels()).extracting(Channel::length)
                .containsExactly(31494, 503943, 7865, 31496, 251970, 251970, 251970, 3458);
        assertThat(rec.channels().subList(0, 7)).extracting(Channel::rateHz)
                .containsExactly(4.0, 64.0, 1.0, 4.0, 32.0, 32.0, 32.0);
        assertThat(rec.channel("HR").orElseThrow().startOffsetSec()).as("HR starts 10 s later").isEqualTo(10.0);
        assertThat(rec.channel("TEMP").orElseThrow().values().get(0)).isEqualTo(382.18);
        // ACC raw "29,-6,55" in 1/64 g
        assertThat(rec.channel("ACC_X").orElseThrow().values().get(0)).isEqualTo(29 / 64.0);
        assertThat(rec.channel("ACC_Y").orElseThrow().unit()).isEqualTo("g");
        Channel ibi = rec.channel("IBI").orElseThrow();
        assertThat(ibi.isRegular()).isFalse();
        assertThat(ibi.timeOfSec(0)).isCloseTo(14.313155, within(1e-9));
        assertThat(ibi.values().get(0)).isEqualTo(0.765660);
        assertThat(rec.events()).as("tags.csv is empty").isEmpty();
    }

    @Test
    void tagsBecomeEventsRelativeToTheEarliestStart() throws IOException {
        Recording rec = E4Reader.read(TestData.file("wesad-e4/S4/S4_E4_Data"), ChannelTyping.byLabel()).recording();

        assertThat(rec.events()).singleElement().satisfies(e -> {
            assertThat(e.onsetSec()).isCloseTo(1497350818.85 - 1497342820, within(1e-6));
            assertThat(e.label()).isEqualTo("tag");
        });
        assertThat(rec.channel("EDA").orElseThrow().length()).isEqualTo(31998);
    }

    @Test
    void zipExportReadsLikeTheFolderAndAFileStandsForItsFolder() throws IOException {
        Path folder = TestData.file("wesad-e4/S4/S4_E4_Data");
        Path zip = dir.resolve("S4.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("S4_E4_Data/" + p.getFileName()));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }

        Recording fromZip = E4Reader.read(zip, ChannelTyping.byLabel()).recording();
        Recording fromFolder = E4Reader.read(folder, ChannelTyping.byLabel()).recording();
        Recording fromFile = E4Reader.read(folder.resolve("EDA.csv"), ChannelTyping.byLabel()).recording();

        assertThat(fromZip.channels()).isEqualTo(fromFolder.channels());
        assertThat(fromZip.events()).isEqualTo(fromFolder.events());
        assertThat(fromFile.channels()).isEqualTo(fromFolder.channels());
    }

    @Test
    void zipWithoutE4FilesIsAnError() throws IOException {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("hello".getBytes());
            z.closeEntry();
        }

        assertThatThrownBy(() -> E4Reader.read(zip, ChannelTyping.byLabel()))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessage("other.zip: zip holds no Empatica E4 files (EDA.csv, BVP.csv, ACC.csv, ...)");
    }

    @Test
    void aNamedMemberLoadsItsFolderOnlyWhenItsSiblingsAreE4FilesAndARenamedFileIsReadByContent() throws IOException {
        ReadResult member = RecordingReaders.read(TestData.file("wesad-e4/S2/S2_E4_Data/EDA.csv"), ReadOptions.defaults());
        assertThat(member.recording().channels()).hasSizeGreaterThan(1);

        ReadResult renamed = RecordingReaders.read(TestData.file("foreign/csv/eda-explorer/EDA copia.txt"), ReadOptions.defaults());
        assertThat(renamed.recording().channels()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChannelType.EDA);
            assertThat(c.rateHz()).isEqualTo(4.0);
            assertThat(c.length()).isEqualTo(11430);
        });
        assertThat(RecordingReaders.formatOf(TestData.file("foreign/csv/garmin/acc.csv"), ReadOptions.defaults()))
                .isNotEqualTo(org.lacrima.io.RecordingFormat.E4);
    }
}
