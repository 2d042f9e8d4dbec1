package org.lacrima.io.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelTyping;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingStream;
import org.lacrima.io.TestData;

class EdfReaderTest {

    private static ReadResult read(String name) throws IOException {
        return EdfReader.read(TestData.file("edf-samples/" + name), ChannelTyping.byLabel());
    }

    @Test
    void edfPlusGeneratorHasElevenSignalsAt200HzAndItsAnnotations() throws IOException {
        ReadResult r = read("pyedflib_test_generator.edf");
        Recording rec = r.recording();

        assertThat(r.warnings()).isEmpty();
        assertThat(rec.channels()).hasSize(11);
        assertThat(rec.channels()).allSatisfy(c -> {
            assertThat(c.rateHz()).isEqualTo(200.0);
            assertThat(c.length()).isEqualTo(600 * 200);
            assertThat(c.unit()).isEqualTo("uV");
        });
        assertThat(rec.metadata().start()).contains(LocalDateTime.of(2011, 4, 4, 12, 57, 2));
        assertThat(rec.events()).extracting(Event::label).containsExactly("Recording starts", "Recording ends");
        assertThat(rec.events().get(1).onsetSec()).isEqualTo(600.0);
        assertThat(rec.durationSec()).isEqualTo(600.0);
    }

    @Test
    void sineOf1HzHasItsPeriodAndScaledAmplitude() throws IOException {
        Channel sine = read("pyedflib_test_generator.edf").recording().channel("sine 1 Hz").orElseThrow();
        // the generator writes 100 uV sines; scaling the 16-bit values must give back that amplitude
        double max = 0;
        for (int i = 0; i < sine.length(); i++) {
            max = Math.max(max, Math.abs(sine.values().get(i)));
        }
        assertThat(max).isCloseTo(100.0, within(0.1));
        // one period is 200 samples at 200 Hz
        for (int i = 0; i < 1000; i++) {
            assertThat(sine.values().get(i + 200)).isCloseTo(sine.values().get(i), within(0.01));
        }
    }

    @Test
    void bdfPlusKeepsEverySignalAtItsOwnRate() throws IOException {
        Recording rec = read("pyedflib_test_generator.bdf").recording();

        assertThat(rec.channels()).extracting(Channel::rateHz).containsExactly(1000.0, 800.0, 500.0, 975.0, 999.0);
        assertThat(rec.channels()).extracting(Channel::length).containsExactly(30000, 24000, 15000, 29250, 29970);
        Channel sine = rec.channel("sine 5Hz").orElseThrow();
        for (int i = 0; i < 1000; i++) {
            assertThat(sine.values().get(i + 200)).as("5 Hz at 1000 Hz repeats every 200 samples")
                    .isCloseTo(sine.values().get(i), within(0.01));
        }
        assertThat(rec.durationSec()).isEqualTo(30.0);
    }

    @Test
    void biosemiBdfDecodes24BitSamples() throws IOException {
        Recording rec = read("mne_test.bdf").recording();

        assertThat(rec.channels()).hasSize(73);
        assertThat(rec.channels()).allSatisfy(c -> assertThat(c.length()).isEqualTo(2048));
        assertThat(rec.channel("Status").orElseThrow().unit()).isEqualTo("Boolean");
        assertThat(rec.metadata().start()).contains(LocalDateTime.of(2013, 8, 1, 13, 21, 46));
    }

    @Test
    void nonIntegerRecordDurationGivesTheRateAndTypesEcgByLabel() throws IOException {
        Recording rec = read("mne_test_edf_stim_channel.edf").recording();

        assertThat(rec.channels()).hasSize(25);
        assertThat(rec.channels()).allSatisfy(c -> {
            assertThat(c.rateHz()).isEqualTo(128.0);
            assertThat(c.length()).isEqualTo(1228);
        });
        List<Channel> ecg = rec.channels(ChannelType.ECG);
        assertThat(ecg).extracting(Channel::label).containsExactly("ECG ECG1", "ECG ECG2");
        // header range 176468..176494 uV: scaled values must fall inside it
        Channel ecg1 = ecg.get(0);
        for (int i = 0; i < ecg1.length(); i++) {
            assertThat(ecg1.values().get(i)).isBetween(176468.0 - 1, 176494.0 + 1);
        }
    }

    @Test
    void annotationOnlyFileGivesTheHypnogramAsEvents() throws IOException {
        Recording rec = read("wfdb_test_edfann.edf").recording();

        assertThat(rec.channels()).isEmpty();
        List<Event> stages = rec.events().stream().filter(e -> e.label().startsWith("Sleep stage")).toList();
        assertThat(stages).isNotEmpty().allSatisfy(e -> assertThat(e.durationSec()).isEqualTo(30.0));
        for (int i = 1; i < stages.size(); i++) {
            assertThat(stages.get(i).onsetSec()).isGreaterThanOrEqualTo(stages.get(i - 1).onsetSec());
        }
        assertThat(rec.events()).anySatisfy(e -> assertThat(e.label()).startsWith("Lights off"));
        assertThat(rec.metadata().subjectCode()).isEqualTo("SN001");
    }

    @Test
    void streamingInChunksGivesTheSameSamplesAndEventsAsReadingWhole() throws IOException {
        Recording whole = read("pyedflib_test_generator.edf").recording();
        try (RecordingStream s = EdfReader.open(TestData.file("edf-samples/pyedflib_test_generator.edf"),
                ChannelTyping.byLabel())) {
            assertThat(s.header().channels()).hasSize(11);
            assertThat(s.header().durationSec()).isEqualTo(600.0);
            int chunks = 0;
            int events = 0;
            while (s.hasNext()) {
                Recording chunk = s.next(7.0);
                Channel c = chunk.channels().get(4);
                Channel expected = whole.channels().get(4).slice(c.startOffsetSec(), c.endSec());
                assertThat(c.values()).isEqualTo(expected.values());
                assertThat(c.length()).isEqualTo(Math.min(7, 600 - chunks * 7) * 200);
                events += chunk.events().size();
                chunks++;
            }
            assertThat(chunks).isEqualTo(86);
            assertThat(events).isEqualTo(whole.events().size());
        }
    }
}
