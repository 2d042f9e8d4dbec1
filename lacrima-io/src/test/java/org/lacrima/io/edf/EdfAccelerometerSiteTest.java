package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;
import org.lacrima.io.ChannelTyping;

/** Where an accelerometer was worn survives EDF+, in the transducer field (it decides whether the breathing is in it). */
class EdfAccelerometerSiteTest {
    @TempDir
    Path dir;

    /** Three accelerometer axes at 50 Hz beside an ECG, worn at {@code site}. */
    private static Recording strap(BodySite site, long seed) {
        Random rnd = new Random(seed);
        List<Channel> channels = new ArrayList<>();
        channels.add(Channel.regular("ECG", ChannelType.ECG, "mV", 130, 0.0, noise(rnd, 130 * 20)));
        for (String axis : List.of("X", "Y", "Z")) {
            channels.add(Channel.regular("ACC_" + axis, ChannelType.ACC, "g", 50, 0.0, noise(rnd, 50 * 20)));
        }
        return new Recording(new RecordingMetadata(Optional.empty(), "strap", "C1", site), channels, List.of());
    }

    private static Samples noise(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian();
        }
        return Samples.wrap(v);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BodySite.class)
    void theSiteIsWrittenAndReadBack(BodySite site) throws IOException {
        Path file = dir.resolve("strap.edf");
        EdfWriter.write(strap(site, site.ordinal()), file);
        Recording read = EdfReader.read(file, ChannelTyping.byLabel()).recording();
        assertThat(read.metadata().accelerometerSite()).isEqualTo(site);
        assertThat(read.channels().stream().filter(c -> c.type() == ChannelType.ACC)).hasSize(3);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "3-axis accelerometer (Chest) | 3-axis accelerometer (Chest) | CHEST",
        "ACC wrist, left              | ACC wrist, left              | WRIST",
        "accelerometer                | accelerometer                | UNKNOWN",
        "accelerometer chestnut mount | accelerometer chestnut mount | UNKNOWN",
        "accelerometer, chest         | accelerometer, wrist         | UNKNOWN",
        "accelerometer, chest         | accelerometer                | CHEST"})
    void anotherWritersTransducerFieldNamesTheSiteAsAWordOfItsOwn(String first, String others, BodySite expected)
            throws IOException {
        Path file = dir.resolve("foreign.edf");
        EdfWriter.write(strap(BodySite.UNKNOWN, 7), file);
        byte[] b = Files.readAllBytes(file);
        int signals = Integer.parseInt(new String(b, 252, 4, StandardCharsets.US_ASCII).strip());
        // signal 0 is the ECG, 1-3 the axes; the transducer fields follow the 16-byte labels
        for (int i = 1; i <= 3; i++) {
            byte[] text = String.format("%-80s", i == 1 ? first : others).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, b, 256 + 16 * signals + 80 * i, 80);
        }
        Files.write(file, b);
        assertThat(EdfReader.read(file, ChannelTyping.byLabel()).recording().metadata().accelerometerSite())
                .isEqualTo(expected);
    }
}
