package org.lacrima.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.io.ChannelInfo;

/** The binary chunk frame, the JSON messages and the journal, on seeded random chunks. */
class LiveFramesTest {
    private static final List<ChannelInfo> CHANNELS = List.of(new ChannelInfo("ECG", ChannelType.ECG, "mV", 250),
            new ChannelInfo("EDA", ChannelType.EDA, "uS", 4), new ChannelInfo("RR", ChannelType.RR, "s", Double.NaN));

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aChunkSurvivesTheBinaryFrameWithValuesAsFloats(long seed) throws Exception {
        LiveChunk chunk = randomChunk(new Random(seed), seed);
        LiveChunk back = BinaryChunkCodec.decode(ByteBuffer.wrap(BinaryChunkCodec.encode(chunk)));
        assertThat(back.seq()).isEqualTo(chunk.seq());
        assertThat(back.events()).isEqualTo(chunk.events());
        assertThat(back.samples()).hasSameSizeAs(chunk.samples());
        for (int i = 0; i < chunk.samples().size(); i++) {
            LiveChunk.ChannelSamples a = chunk.samples().get(i);
            LiveChunk.ChannelSamples b = back.samples().get(i);
            assertThat(b.channel()).isEqualTo(a.channel());
            for (int k = 0; k < a.values().length; k++) {
                assertThat(b.values()[k]).isEqualTo((double) (float) a.values()[k]);
            }
            assertThat(b.timesSec()).isEqualTo(a.timesSec());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyTruncationOfAFrameIsRefusedWithAReason(long seed) {
        byte[] frame = BinaryChunkCodec.encode(randomChunk(new Random(seed), seed));
        int cut = new Random(seed).nextInt(frame.length);
        assertThatThrownBy(() -> BinaryChunkCodec.decode(ByteBuffer.wrap(frame, 0, cut)))
                .isInstanceOf(LiveFrameException.class).hasMessageMatching("(frame ends early|not a chunk frame).*");
    }

    @Test
    void jsonChunksNameChannelsByLabelAndBadOnesSayWhy() throws Exception {
        LiveMessage m = LiveMessageParser.parse("{\"type\":\"chunk\",\"seq\":3,\"samples\":{\"EDA\":[1.5,2],"
                + "\"RR\":{\"timesSec\":[0.8,1.6],\"values\":[0.8,0.8]}},\"events\":[{\"onsetSec\":1,\"label\":\"tears\"}]}",
                CHANNELS);
        LiveChunk c = ((LiveMessage.Chunk) m).chunk();
        assertThat(c.seq()).isEqualTo(3);
        assertThat(c.samples()).extracting(LiveChunk.ChannelSamples::channel).containsExactly(1, 2);
        assertThat(c.events()).containsExactly(Event.at(1, "tears"));
        assertThatThrownBy(() -> LiveMessageParser.parse("{\"type\":\"chunk\",\"seq\":-1}", CHANNELS))
                .hasMessageContaining("\"seq\"");
        assertThatThrownBy(() -> LiveMessageParser.parse("{\"type\":\"chunk\",\"seq\":1,\"samples\":{\"EDA\":[\"x\"]}}",
                CHANNELS)).hasMessageContaining("sample 0 is not a number");
        assertThatThrownBy(() -> LiveMessageParser.parse("{\"type\":\"hello\",\"channels\":[{\"label\":\"X\","
                + "\"type\":\"EDA\"}]}", List.of())).hasMessageContaining("only RR channels may be irregular");
        assertThatThrownBy(() -> LiveMessageParser.parse("[]", CHANNELS)).hasMessageContaining("JSON object");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "'\"chest\"'   | CHEST", "'\"Wrist\"'  | WRIST", "'\"unknown\"' | UNKNOWN", "null | UNKNOWN", "'' | UNKNOWN"})
    void theHelloSaysWhereTheAccelerometerIsWorn(String site, BodySite expected) throws Exception {
        String field = site.isEmpty() ? "" : ",\"accelerometerSite\":" + site;
        LiveMessage m = LiveMessageParser.parse("{\"type\":\"hello\",\"channels\":[{\"label\":\"ACC_X\",\"type\":\"ACC\","
                + "\"unit\":\"g\",\"rateHz\":50}]" + field + "}", List.of());
        assertThat(((LiveMessage.Hello) m).accelerometerSite()).isEqualTo(expected);
        // and the hello a replay sends says it back
        LiveMessage.Hello again = (LiveMessage.Hello) LiveMessageParser.parse(LiveChunks.hello(
                ((LiveMessage.Hello) m).channels(), expected), List.of());
        assertThat(again).isEqualTo(m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"knee\"", "3", "[\"chest\"]", "\"\""})
    void aSiteThatIsNeitherChestNorWristIsRefusedWithTheWordsThatAre(String site) {
        assertThatThrownBy(() -> LiveMessageParser.parse("{\"type\":\"hello\",\"channels\":[{\"label\":\"RR\","
                + "\"type\":\"RR\"}],\"accelerometerSite\":" + site + "}", List.of()))
                .isInstanceOf(LiveFrameException.class).hasMessageContaining("\"chest\", \"wrist\" or \"unknown\"");
    }

    @Test
    void rulesRefuseUnknownChannelsMissingTimesAndTimesGoingBack() {
        double[] last = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 5.0};
        assertThatThrownBy(() -> LiveChunkRules.check(new LiveChunk(0, List.of(
                new LiveChunk.ChannelSamples(7, new double[] {1}, null)), List.of()), CHANNELS, last))
                .hasMessageContaining("no channel 7");
        assertThatThrownBy(() -> LiveChunkRules.check(new LiveChunk(0, List.of(
                new LiveChunk.ChannelSamples(2, new double[] {1}, null)), List.of()), CHANNELS, last))
                .hasMessageContaining("needs a time per value");
        assertThatThrownBy(() -> LiveChunkRules.check(new LiveChunk(0, List.of(
                new LiveChunk.ChannelSamples(2, new double[] {1}, new double[] {4.0})), List.of()), CHANNELS, last))
                .hasMessageContaining("times must increase");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aJournalCutAnywhereKeepsItsWholeRecordsAndAppendsAfterThem(long seed) throws IOException {
        Random random = new Random(seed);
        Path file = dir.resolve("journal-" + seed);
        List<byte[]> written = new ArrayList<>();
        try (LiveSampleJournal j = LiveSampleJournal.open(file, new ArrayList<>())) {
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                byte[] payload = BinaryChunkCodec.encode(randomChunk(random, i));
                j.append(LiveSampleJournal.CHUNK, payload);
                written.add(payload);
            }
        }
        long size = Files.size(file);
        long cut = 1 + (long) (random.nextDouble() * (size - 1));
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(cut);
        }
        List<LiveSampleJournal.Entry> read = new ArrayList<>();
        try (LiveSampleJournal j = LiveSampleJournal.open(file, read)) {
            j.append(LiveSampleJournal.TEXT, "{\"type\":\"mark\"}".getBytes());
        }
        assertThat(read.size()).isLessThanOrEqualTo(written.size());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).payload()).isEqualTo(written.get(i));
        }
        List<LiveSampleJournal.Entry> again = new ArrayList<>();
        LiveSampleJournal.open(file, again).close();
        assertThat(again).hasSize(read.size() + 1);
        assertThat(again.get(again.size() - 1).kind()).isEqualTo(LiveSampleJournal.TEXT);
    }

    private static LiveChunk randomChunk(Random random, long seq) {
        List<LiveChunk.ChannelSamples> samples = new ArrayList<>();
        for (int ch = 0; ch < CHANNELS.size(); ch++) {
            if (random.nextBoolean()) {
                int n = random.nextInt(300);
                double[] v = new double[n];
                double[] t = CHANNELS.get(ch).type() == ChannelType.RR ? new double[n] : null;
                for (int k = 0; k < n; k++) {
                    v[k] = random.nextGaussian() * 100;
                    if (t != null) {
                        t[k] = k + random.nextDouble();
                    }
                }
                samples.add(new LiveChunk.ChannelSamples(ch, v, t));
            }
        }
        List<Event> events = random.nextBoolean() ? List.of() : List.of(new Event(random.nextDouble() * 100,
                random.nextDouble(), "mark ü " + random.nextInt(1000)));
        return new LiveChunk(seq, samples, events);
    }
}
