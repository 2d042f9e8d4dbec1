package org.lacrima.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecordingTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void slicingARegularChannelKeepsTimesAndValues(long seed) {
        Random rnd = new Random(seed);
        double rate = 1 + rnd.nextInt(1000);
        double offset = rnd.nextDouble() * 10;
        double[] v = rnd.doubles(1 + rnd.nextInt(5000)).toArray();
        Channel ch = Channel.regular("x", ChannelType.ECG, "mV", rate, offset, Samples.wrap(v));
        double from = offset + rnd.nextDouble() * ch.length() / rate;
        double to = from + rnd.nextDouble() * ch.length() / rate;

        Channel s = ch.slice(from, to);

        for (int i = 0; i < s.length(); i++) {
            assertThat(s.timeOfSec(i)).isGreaterThanOrEqualTo(from - 1e-9).isLessThan(to);
            int original = (int) Math.round((s.timeOfSec(i) - offset) * rate);
            assertThat(s.values().get(i)).isEqualTo(v[original]);
        }
        // nothing in range was dropped at either edge
        if (s.length() > 0) {
            assertThat(s.timeOfSec(0) - 1 / rate).isLessThan(from);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void firstIndexAtOrAfterAgreesWithALinearScanOnSlices(long seed) {
        Random rnd = new Random(seed);
        double[] sorted = rnd.doubles(1 + rnd.nextInt(300), 0, 100).sorted().toArray();
        int from = rnd.nextInt(sorted.length);
        int to = from + rnd.nextInt(sorted.length - from + 1);
        Samples view = Samples.wrap(sorted).slice(from, to);
        for (int k = 0; k < 50; k++) {
            double probe = k % 5 == 0 && view.length() > 0 ? view.get(rnd.nextInt(view.length())) : rnd.nextDouble() * 110 - 5;
            int expected = 0;
            while (expected < view.length() && view.get(expected) < probe) {
                expected++;
            }
            assertThat(view.firstIndexAtOrAfter(probe)).as("probe %s", probe).isEqualTo(expected);
        }
    }

    @Test
    void irregularChannelsSliceByTheirTimes() {
        Channel rr = Channel.irregular("RR", ChannelType.RR, "s",
                Samples.wrap(new double[] {0.8, 1.6, 2.5, 3.3}), Samples.wrap(new double[] {0.8, 0.8, 0.9, 0.8}));
        Channel s = rr.slice(1.0, 3.0);
        assertThat(s.values().toArray()).containsExactly(0.8, 0.9);
        assertThat(s.timeOfSec(0)).isEqualTo(1.6);
        assertThat(rr.isRegular()).isFalse();
    }

    @Test
    void recordingSliceKeepsEventsAndTimes() {
        Channel eda = Channel.regular("EDA", ChannelType.EDA, "uS", 4, 0, Samples.wrap(new double[400]));
        Recording r = new Recording(RecordingMetadata.of("test"), List.of(eda),
                List.of(Event.at(10, "calm"), Event.at(50, "topic")));
        Recording part = r.slice(40, 80);
        assertThat(part.events()).extracting(Event::label).containsExactly("topic");
        assertThat(part.firstChannel(ChannelType.EDA)).get().extracting(Channel::length).isEqualTo(160);
        assertThat(r.durationSec()).isEqualTo(100.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {71, 72, 73})
    void aSliceHasTheReferenceBeatsOfAScanInTimeOrderHoweverTheyCame(long seed) {
        Random rnd = new Random(seed);
        List<BeatAnnotation> beats = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            beats.add(new BeatAnnotation(Math.floor(rnd.nextDouble() * 6000) / 100, rnd.nextBoolean() ? "N" : "V"));
        }
        if (seed == 71) {
            beats.sort(java.util.Comparator.comparingDouble(BeatAnnotation::timeSec));
        }
        Recording r = new Recording(RecordingMetadata.of("test"), List.of(), List.of(), beats);
        for (int k = 0; k < 50; k++) {
            double from = rnd.nextDouble() * 70 - 5;
            double to = from + rnd.nextDouble() * 20;
            List<BeatAnnotation> expected = beats.stream().filter(b -> b.timeSec() >= from && b.timeSec() < to)
                    .sorted(java.util.Comparator.comparingDouble(BeatAnnotation::timeSec)).toList();
            assertThat(r.slice(from, to).referenceBeats()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void samplesAreImmutableViews() {
        double[] raw = {1, 2, 3, 4};
        Samples s = Samples.copyOf(raw);
        raw[0] = 99;
        assertThat(s.get(0)).isEqualTo(1.0);
        assertThat(s.slice(1, 3).toArray()).containsExactly(2.0, 3.0);
        assertThat(s.slice(1, 3)).isEqualTo(Samples.wrap(new double[] {2, 3}));
        assertThatThrownBy(() -> s.slice(2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThatThrownBy(() -> Channel.regular("x", ChannelType.EDA, "uS", 0, 0, Samples.empty()))
                .hasMessageContaining("sampling rate");
    }
}
