package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.app.live.BinaryChunkCodec;
import org.lacrima.app.live.LiveChunks;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.rsp.ChestAccelerometerBreathing;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ChannelInfo;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;

/**
 * Live sessions over the real server and real sockets: every sample arrives once through cut
 * connections; duplicates are dropped and bad chunks answered without dropping the socket; the socket
 * belongs to the signed-in clinician and this server's pages only.
 */
class LiveSessionApiTest {
    @TempDir
    static Path dir;
    private static ClinicServer server;
    private static ApiClient api;
    private static final String EMAIL = "live@example.org";

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(dir.resolve("data"), null, 64L << 20);
        api = new ApiClient(server.port()).signUp(EMAIL);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everySampleArrivesExactlyOnceWhenTheConnectionIsCutTwiceMidStream() throws Exception {
        Path source = SimulatedRecordings.write(dir, "cut.edf", 31, 14, Outcome.RESOLVED);
        long sourceBytes = java.nio.file.Files.size(source);
        String liveId = LiveStreams.startLiveSession(api, "CUT-1");
        String token = LiveStreams.token(server.port(), EMAIL);
        try (CuttableProxy proxy = new CuttableProxy(server.port())) {
            CompletableFuture<LiveStreams.CliResult> run = CompletableFuture.supplyAsync(() -> LiveStreams.stream(
                    source.toString(), "--to", "http://127.0.0.1:" + proxy.port(), "--session", liveId,
                    "--speed", "100", "--token", token));
            // Chunks travel as 32-bit floats: about twice the 16-bit EDF's bytes in all.
            awaitUpstream(proxy, run, sourceBytes * 2 / 3);
            proxy.cutAll();
            awaitUpstream(proxy, run, sourceBytes * 4 / 3);
            proxy.cutAll();
            LiveStreams.CliResult r = run.get(5, TimeUnit.MINUTES);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("reconnected");
            assertThat(r.out()).containsPattern("; [2-9]\\d* reconnects");
        }
        JsonNode ended = api.post("/api/live-sessions/" + liveId + "/end", "{}").json();
        Recording stored = LiveStreams.storedRecording(api, ended, dir);
        LiveStreams.assertSameSamples(RecordingReaders.read(source, ReadOptions.defaults()).recording(), stored);
        assertThat(api.get("/api/live-sessions/" + liveId).json().get("state").asText()).isEqualTo("ended");
    }

    @Test
    void duplicatesAreDroppedAndBadChunksAreAnsweredOnTheSameSocket() throws Exception {
        String liveId = LiveStreams.startLiveSession(api, "DUP-1");
        String cookie = "lacrima_session=" + LiveStreams.token(server.port(), EMAIL);
        try (LiveTestSocket s = LiveTestSocket.connect(socket(liveId), cookie, null)) {
            assertThat(s.next("ready").get("nextSeq").asLong()).isZero();
            s.send("{\"type\":\"chunk\",\"seq\":0,\"samples\":{}}");
            assertThat(s.next("error").get("message").asText()).contains("before any hello");
            s.send("{\"type\":\"hello\",\"channels\":[{\"label\":\"EDA\",\"type\":\"EDA\",\"unit\":\"uS\",\"rateHz\":4}]}");
            s.next("ready");
            s.send(chunk(0, 2.0));
            assertThat(s.next("ack").get("nextSeq").asLong()).isEqualTo(1);
            s.send(chunk(0, 2.0));
            JsonNode dup = s.next("ack");
            assertThat(dup.get("duplicate").asBoolean()).isTrue();
            assertThat(dup.get("nextSeq").asLong()).isEqualTo(1);
            s.send(chunk(2, 2.0));
            assertThat(s.next("error").get("message").asText()).contains("out of order").contains("expected 1");
            s.send("{not json");
            assertThat(s.next("error").get("message").asText()).startsWith("not JSON");
            s.send(new byte[] {0x4C, 1, 1});
            assertThat(s.next("error").get("message").asText()).contains("frame ends early");
            s.send("{\"type\":\"chunk\",\"seq\":1,\"samples\":{\"ECG\":[1,2]}}");
            assertThat(s.next("error").get("message").asText()).contains("'ECG' was not declared");
            s.send("{\"type\":\"hello\",\"channels\":[{\"label\":\"EDA\",\"type\":\"EDA\",\"unit\":\"uS\",\"rateHz\":8}]}");
            assertThat(s.next("error").get("message").asText()).contains("differ");
            s.send("{\"type\":\"hello\",\"channels\":[{\"label\":\"EDA\",\"type\":\"EDA\",\"unit\":\"uS\",\"rateHz\":4}],"
                    + "\"accelerometerSite\":\"wrist\"}");
            assertThat(s.next("error").get("message").asText()).contains("accelerometer's site differs").endsWith("unknown");
            s.send(chunk(1, 3.0));
            assertThat(s.next("ack").get("nextSeq").asLong()).isEqualTo(2);
            assertThat(s.isOpen()).isTrue();
        }
        // A second socket (the page, or the sender after a reconnect) learns where the stream stands.
        try (LiveTestSocket again = LiveTestSocket.connect(socket(liveId), cookie, null)) {
            JsonNode ready = again.next("ready");
            assertThat(ready.get("nextSeq").asLong()).isEqualTo(2);
            assertThat(ready.get("channels").get(0).get("label").asText()).isEqualTo("EDA");
        }
    }

    @Test
    void theSocketBelongsToTheSignedInClinicianAndThisServersPagesOnly() throws Exception {
        String liveId = LiveStreams.startLiveSession(api, "SCOPE-1");
        String cookie = "lacrima_session=" + LiveStreams.token(server.port(), EMAIL);
        assertThatThrownBy(() -> LiveTestSocket.connect(socket(liveId), null, null))
                .hasStackTraceContaining("401");
        assertThatThrownBy(() -> LiveTestSocket.connect(socket(liveId), cookie, "http://evil.example"))
                .hasStackTraceContaining("403");
        try (LiveTestSocket own = LiveTestSocket.connect(socket(liveId), cookie,
                "http://127.0.0.1:" + server.port())) {
            assertThat(own.next("ready").get("liveSessionId").asText()).isEqualTo(liveId);
        }
        new ApiClient(server.port()).signUp("other-live@example.org");
        String otherCookie = "lacrima_session=" + LiveStreams.token(server.port(), "other-live@example.org");
        try (LiveTestSocket other = LiveTestSocket.connect(socket(liveId), otherCookie, null)) {
            assertThat(other.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
            assertThat(other.received).isEmpty();
        }
        ApiClient otherApi = new ApiClient(server.port()).signIn("other-live@example.org");
        assertThat(otherApi.get("/api/live-sessions/" + liveId).status()).isEqualTo(404);
        assertThat(otherApi.post("/api/live-sessions/" + liveId + "/end", "{}").status()).isEqualTo(404);
    }

    /**
     * A strap giving only RR intervals, with a 25-s Bluetooth dropout: stored as its Polar RR export with the marks,
     * every beat at its time (the gap stays a gap), and analysed.
     */
    @Test
    void aStrapGivingOnlyRrIntervalsIsStoredAsItsRrExportWithItsMarksAndAnalysed() throws Exception {
        String liveId = LiveStreams.startLiveSession(api, "RR-1");
        String cookie = "lacrima_session=" + LiveStreams.token(server.port(), EMAIL);
        java.util.Random random = new java.util.Random(3);
        double t = 0;
        List<Double> beatTimes = new java.util.ArrayList<>();
        try (LiveTestSocket s = LiveTestSocket.connect(socket(liveId), cookie, null)) {
            s.next("ready");
            s.send("{\"type\":\"hello\",\"channels\":[{\"label\":\"RR\",\"type\":\"RR\",\"unit\":\"s\"}]}");
            s.next("ready");
            for (int seq = 0; seq < 60; seq++) {
                if (seq == 30) {
                    t += 25; // the strap's link dropped: beats lost in transit, the session's clock ran on
                }
                StringBuilder times = new StringBuilder();
                StringBuilder values = new StringBuilder();
                for (int k = 0; k < 10; k++) {
                    double rr = 0.8 + 0.05 * random.nextGaussian();
                    t += rr;
                    beatTimes.add(t);
                    times.append(k == 0 ? "" : ",").append(t);
                    values.append(k == 0 ? "" : ",").append(rr);
                }
                s.send("{\"type\":\"chunk\",\"seq\":" + seq + ",\"samples\":{\"RR\":{\"timesSec\":[" + times
                        + "],\"values\":[" + values + "]}}}");
                s.next("ack");
            }
            s.send("{\"type\":\"mark\",\"label\":\"tears\",\"atSec\":300}");
            s.next("update");
        }
        JsonNode ended = api.post("/api/live-sessions/" + liveId + "/end", "{}").json();
        JsonNode job = api.awaitJob(ended.get("jobId").asText(), java.time.Duration.ofMinutes(3));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        String sessionId = ended.get("sessionId").asText();
        JsonNode files = api.get("/api/sessions/" + sessionId).json().get("files");
        assertThat(files.toString()).contains("_RR.txt").contains("-events.csv");
        Path rrFile = dir.resolve("stored-" + sessionId + "_RR.txt");
        java.nio.file.Files.write(rrFile, api.get("/api/sessions/" + sessionId + "/files/"
                + files.get(0).get("id").asText()).body());
        Channel rr = RecordingReaders.read(rrFile, ReadOptions.defaults()).recording().firstChannel(ChannelType.RR)
                .orElseThrow();
        assertThat(rr.length()).isEqualTo(beatTimes.size());
        double shift = beatTimes.get(0) - rr.timeOfSec(0);
        assertThat(rr.timeOfSec(rr.length() - 1) + shift).isCloseTo(beatTimes.get(beatTimes.size() - 1),
                within(0.0006 * beatTimes.size()));
        // the mark stays at its moment on the stored recording's time axis (which starts at the first beat less its
        // interval)
        double axisStartSec = beatTimes.get(0) - rr.values().get(0);
        JsonNode analysis = api.get("/api/sessions/" + sessionId + "/analysis").json();
        JsonNode tears = java.util.stream.StreamSupport.stream(analysis.get("events").spliterator(), false)
                .filter(e -> e.get("label").asText().equals("tears")).findFirst().orElseThrow();
        assertThat(tears.get("onsetSec").asDouble()).isCloseTo(300 - axisStartSec, within(0.002));
        assertThat(analysis.get("durationSec").asDouble()).isGreaterThan(beatTimes.get(beatTimes.size() - 1) - 2);
    }

    /**
     * A wrist sensor lost five minutes in while the chest's ECG and belt stream on: the chunks leave its skin
     * conductance out, and the live view goes on with the heart and the breathing instead of stopping where it ended.
     */
    @Test
    void aChannelThatStopsDoesNotStopTheLiveView() throws Exception {
        Recording chest = withoutEpisodes(9, 10 * 60, ChannelType.ECG, ChannelType.EDA, ChannelType.RSP);
        double edaLostSec = 300;
        Streamed streamed = streamLeavingOut("LOST-1", chest, ChannelType.EDA, edaLostSec);
        JsonNode update = streamed.lastUpdate();
        // the view trails the feed by its look-ahead (about 45 s) and a block, not by the five minutes since
        assertThat(update.get("analysedSec").asDouble()).as(update.toString())
                .isGreaterThan(chest.durationSec() - 90);
        // and the page is told which sensor went quiet, and since when
        assertThat(update.get("silent")).hasSize(1);
        assertThat(update.get("silent").get(0).get("label").asText()).isEqualTo("EDA");
        assertThat(update.get("silent").get(0).get("sinceSec").asDouble()).isCloseTo(edaLostSec, within(0.5));
        api.post("/api/live-sessions/" + streamed.liveId() + "/end", "{}");
    }

    /**
     * The wrist sensor back four minutes later with the skin conductance it owed: the live view takes it up again
     * (its working feed had refused the gap and stopped the live analysis) and names no sensor silent.
     */
    @Test
    void aSensorBackWithWhatItOwedIsTakenUpAgain() throws Exception {
        Recording chest = withoutEpisodes(10, 12 * 60, ChannelType.ECG, ChannelType.EDA, ChannelType.RSP);
        Streamed streamed = streamLeavingOut("BACK-1", chest, ChannelType.EDA, 240, 480);
        JsonNode update = streamed.lastUpdate();
        assertThat(update.has("problem")).as(update.toString()).isFalse();
        assertThat(update.path("analysedSec").asDouble()).as(update.toString()).isGreaterThan(chest.durationSec() - 90);
        assertThat(update.get("silent")).isEmpty();
        api.post("/api/live-sessions/" + streamed.liveId() + "/end", "{}");
    }

    /**
     * A Polar H10 whose ECG stream the strap no longer grants after four minutes while its RR intervals go on: the live
     * view and the stored session take the heart from the intervals where the ECG has none (the EDF+ holds the ECG's
     * last value after it ends, which gives no beats).
     */
    @Test
    void aStrapsIntervalsCarryTheHeartWhereItsEcgStreamStopped() throws Exception {
        Recording strap = withoutEpisodes(12, 8 * 60, ChannelType.ECG, ChannelType.RR);
        double ecgStopsSec = 240;
        Streamed streamed = streamLeavingOut("H10-ECG-STOPS", strap, ChannelType.ECG, ecgStopsSec);
        JsonNode update = streamed.lastUpdate();
        // the live trend's 5-s heart rate goes on past the ECG's end
        JsonNode trend = update.get("trend");
        double lastHrSec = Double.NaN;
        for (int i = 0; i < trend.get("hr").size(); i++) {
            if (trend.get("hr").get(i).isNumber()) {
                lastHrSec = trend.get("startSec").asDouble() + i * trend.get("stepSec").asDouble();
            }
        }
        assertThat(lastHrSec).as(update.toString()).isGreaterThan(ecgStopsSec + 120);
        JsonNode ended = api.post("/api/live-sessions/" + streamed.liveId() + "/end", "{}").json();
        JsonNode job = api.awaitJob(ended.get("jobId").asText(), java.time.Duration.ofMinutes(3));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        JsonNode analysis = api.get("/api/sessions/" + ended.get("sessionId").asText() + "/analysis").json();
        for (String label : List.of("ECG", "RR")) {
            JsonNode channel = java.util.stream.StreamSupport.stream(analysis.get("channels").spliterator(), false)
                    .filter(c -> c.get("label").asText().equals(label)).findFirst().orElseThrow();
            assertThat(channel.get("used").asBoolean()).as(channel.toString()).isTrue();
        }
        JsonNode hr = java.util.stream.StreamSupport.stream(analysis.get("series").spliterator(), false)
                .filter(i -> i.get("name").asText().equals("hr")).findFirst().orElseThrow();
        double rateHz = hr.get("rateHz").asDouble();
        int from = (int) ((ecgStopsSec + 60 - hr.get("startSec").asDouble()) * rateHz);
        int to = (int) ((strap.durationSec() - 60 - hr.get("startSec").asDouble()) * rateHz);
        int shown = 0;
        for (int i = from; i < to; i++) {
            shown += hr.get("values").get(i).isNumber() ? 1 : 0;
        }
        assertThat(shown).as("heart rate points after the ECG stopped").isGreaterThan((to - from) * 8 / 10);
    }

    /** A live session's id and the update the server sent once the last chunk was in. */
    private record Streamed(String liveId, JsonNode lastUpdate) {
    }

    /** A simulated session of {@code types} without episodes or events. */
    private static Recording withoutEpisodes(long seed, double durationSec, ChannelType... types) {
        return SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(durationSec)
                .withChannels(java.util.Set.of(types)).withEpisodes(List.of())).recording().withEvents(List.of());
    }

    /**
     * Streams {@code recording} to a new live session of {@code clientCode} in 10-s chunks after the hello, the chunks
     * from {@code fromSec} on without its channels of {@code type} (a sensor lost, a stream the device stopped), each
     * chunk acknowledged before the next, and waits for the update that covers the last one.
     */
    private Streamed streamLeavingOut(String clientCode, Recording recording, ChannelType type, double fromSec)
            throws Exception {
        return streamLeavingOut(clientCode, recording, type, fromSec, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #streamLeavingOut(String, Recording, ChannelType, double)}, the channels of {@code type} coming back in
     * the chunk from {@code backSec} on with every sample they owed since {@code fromSec}, 40 s of them a chunk until
     * they have caught up (a sensor's buffer sent after a reconnect; a chunk stays under 64 KB).
     */
    private Streamed streamLeavingOut(String clientCode, Recording recording, ChannelType type, double fromSec,
                                      double backSec) throws Exception {
        List<ChannelInfo> channels = LiveChunks.streamableOf(recording);
        String liveId = LiveStreams.startLiveSession(api, clientCode);
        String cookie = "lacrima_session=" + LiveStreams.token(server.port(), EMAIL);
        try (LiveTestSocket s = LiveTestSocket.connect(socket(liveId), cookie, null)) {
            s.next("ready");
            s.send(LiveChunks.hello(channels, recording.metadata().accelerometerSite()));
            s.next("ready");
            double owedFrom = fromSec;
            for (int seq = 0; seq * 10 < recording.durationSec(); seq++) {
                Recording piece = recording.slice(seq * 10, Math.min(recording.durationSec(), seq * 10 + 10));
                double at = seq * 10;
                if (at >= fromSec && at < backSec) {
                    piece = new Recording(piece.metadata(), piece.channels().stream().filter(c -> c.type() != type)
                            .toList(), piece.events());
                } else if (at >= backSec) {
                    // what it owed goes out 40 s a chunk beside the other channels' 10 s (a message stays small), until
                    // it has caught up
                    double end = Math.min(recording.durationSec(), at + 10);
                    double from = owedFrom;
                    double owedTo = Math.min(end, from + 40);
                    piece = new Recording(piece.metadata(), recording.channels().stream()
                            .map(c -> c.type() == type ? c.slice(from, owedTo) : c.slice(at, end)).toList(),
                            piece.events());
                    owedFrom = owedTo;
                }
                s.send(BinaryChunkCodec.encode(LiveChunks.chunk(seq, piece, channels)));
                s.next("ack");
            }
            return new Streamed(liveId, s.next(m -> m.path("type").asText().equals("update")
                    && m.path("receivedSec").asDouble() >= recording.durationSec() - 2, "update after the last chunk"));
        }
    }

    /**
     * An H10 streaming its RR intervals and its accelerometer without its ECG: EDF+ would keep the movement and lose
     * the heart, so the session is stored as the strap's Polar files, read as one session on the chest, and the
     * talking is derived from the chest's tilt as in an uploaded strap session.
     */
    @Test
    void aChestStrapsRrAndAccelerometerAreStoredTogetherAndItsBreathingIsDerived() throws Exception {
        Recording strap = SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.RR_STRAP_ACC).withSeed(6)
                .withDurationSec(10 * 60).withEpisodes(List.of())).recording().withEvents(List.of());
        List<ChannelInfo> channels = LiveChunks.streamableOf(strap);
        String liveId = LiveStreams.startLiveSession(api, "STRAP-1");
        String cookie = "lacrima_session=" + LiveStreams.token(server.port(), EMAIL);
        double markSec = 120;
        try (LiveTestSocket s = LiveTestSocket.connect(socket(liveId), cookie, null)) {
            s.next("ready");
            s.send(LiveChunks.hello(channels, strap.metadata().accelerometerSite()));
            assertThat(s.next("ready").get("accelerometerSite").asText()).isEqualTo("chest");
            for (int seq = 0; seq * 10 < strap.durationSec(); seq++) {
                Recording piece = strap.slice(seq * 10, Math.min(strap.durationSec(), seq * 10 + 10));
                s.send(BinaryChunkCodec.encode(LiveChunks.chunk(seq, piece, channels)));
                s.next("ack");
            }
            s.send("{\"type\":\"mark\",\"label\":\"tears\",\"atSec\":" + markSec + "}");
            s.next("update");
        }
        JsonNode ended = api.post("/api/live-sessions/" + liveId + "/end", "{}").json();
        JsonNode job = api.awaitJob(ended.get("jobId").asText(), java.time.Duration.ofMinutes(3));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        String sessionId = ended.get("sessionId").asText();
        assertThat(api.get("/api/sessions/" + sessionId).json().get("files").toString())
                .contains("_RR.txt").contains("_ACC.txt").contains("-events.csv");
        JsonNode analysis = api.get("/api/sessions/" + sessionId + "/analysis").json();
        assertThat(analysis.get("channels").findValuesAsText("label"))
                .contains("RR", "ACC_X", "ACC_Y", "ACC_Z", ChestAccelerometerBreathing.LABEL);
        assertThat(analysis.get("warnings").toString()).contains("breathing drawn from the chest strap's accelerometer");
        // the folder starts with the RR file, at the first beat less its interval: the mark stays at its moment
        Channel rr = strap.firstChannel(ChannelType.RR).orElseThrow();
        double folderStartSec = Math.min(0, rr.timeOfSec(0) - rr.values().get(0));
        JsonNode tears = java.util.stream.StreamSupport.stream(analysis.get("events").spliterator(), false)
                .filter(e -> e.get("label").asText().equals("tears")).findFirst().orElseThrow();
        assertThat(tears.get("onsetSec").asDouble()).isCloseTo(markSec - folderStartSec, within(0.002));
    }

    /**
     * A strap's RR intervals streamed beside a sampled channel (a lab bridge sending a strap and skin conductance):
     * EDF+ holds the sampled channel, and the intervals, which it cannot hold, are kept beside it, every beat at its
     * time, so nothing the server acknowledged is lost; the stored session is analysed with both, as the live view was.
     */
    @Test
    void rrIntervalsStreamedBesideASampledChannelAreKeptBesideTheEdf() throws Exception {
        String liveId = LiveStreams.startLiveSession(api, "RR-EDA-1");
        String cookie = "lacrima_session=" + LiveStreams.token(server.port(), EMAIL);
        java.util.Random random = new java.util.Random(8);
        List<Double> beatTimes = new java.util.ArrayList<>();
        double t = 0.3;
        try (LiveTestSocket s = LiveTestSocket.connect(socket(liveId), cookie, null)) {
            s.next("ready");
            s.send("{\"type\":\"hello\",\"channels\":[{\"label\":\"EDA\",\"type\":\"EDA\",\"unit\":\"uS\",\"rateHz\":4},"
                    + "{\"label\":\"RR\",\"type\":\"RR\",\"unit\":\"s\"}]}");
            s.next("ready");
            for (int seq = 0; seq < 30; seq++) {
                StringBuilder eda = new StringBuilder();
                for (int k = 0; k < 40; k++) {
                    eda.append(k == 0 ? "" : ",").append(3 + 0.01 * random.nextGaussian());
                }
                StringBuilder times = new StringBuilder();
                StringBuilder values = new StringBuilder();
                while (t + 1.2 < 10 * (seq + 1)) {
                    double rr = 0.8 + 0.05 * random.nextGaussian();
                    t += rr;
                    beatTimes.add(t);
                    times.append(times.length() == 0 ? "" : ",").append(t);
                    values.append(values.length() == 0 ? "" : ",").append(rr);
                }
                s.send("{\"type\":\"chunk\",\"seq\":" + seq + ",\"samples\":{\"EDA\":[" + eda + "],\"RR\":{\"timesSec\":["
                        + times + "],\"values\":[" + values + "]}}}");
                s.next("ack");
            }
        }
        JsonNode ended = api.post("/api/live-sessions/" + liveId + "/end", "{}").json();
        JsonNode job = api.awaitJob(ended.get("jobId").asText(), java.time.Duration.ofMinutes(3));
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        String sessionId = ended.get("sessionId").asText();
        JsonNode kept = java.util.stream.StreamSupport.stream(api.get("/api/sessions/" + sessionId).json().get("files")
                .spliterator(), false).filter(f -> f.get("role").asText().equals("kept")).findFirst().orElseThrow();
        assertThat(kept.get("fileName").asText()).endsWith("_RR.txt");
        Path rrFile = dir.resolve("kept-" + sessionId + "_RR.txt");
        java.nio.file.Files.write(rrFile, api.get("/api/sessions/" + sessionId + "/files/" + kept.get("id").asText()).body());
        Channel rr = RecordingReaders.read(rrFile, ReadOptions.defaults()).recording().firstChannel(ChannelType.RR)
                .orElseThrow();
        assertThat(rr.length()).isEqualTo(beatTimes.size());
        // the export's clock starts at the first beat less its interval; each later beat keeps its time to the ms
        double shift = beatTimes.get(0) - rr.timeOfSec(0);
        for (int i = 0; i < rr.length(); i++) {
            assertThat(rr.timeOfSec(i) + shift).isCloseTo(beatTimes.get(i), within(0.001 * (i + 2)));
        }
        // the analysis read the EDF+ with the intervals beside it, every beat back among the samples
        JsonNode channels = api.get("/api/sessions/" + sessionId + "/analysis").json().get("channels");
        assertThat(channels.findValuesAsText("label")).contains("EDA", "RR");
        JsonNode heart = java.util.stream.StreamSupport.stream(channels.spliterator(), false)
                .filter(c -> c.get("label").asText().equals("RR")).findFirst().orElseThrow();
        assertThat(heart.get("used").asBoolean()).as(heart.toString()).isTrue();
        assertThat(heart.get("durationSec").asDouble()).isCloseTo(beatTimes.get(beatTimes.size() - 1), within(1.5));
        // the session page's signals read it again the same way: the strap's intervals beside the skin conductance
        JsonNode signals = api.get("/api/sessions/" + sessionId + "/signals").json();
        assertThat(signals.get("traces").findValuesAsText("label")).contains("EDA", "RR");
    }

    @Test
    void theLiveDemoIsTheDemoClinicsOnly() throws Exception {
        String liveId = LiveStreams.startLiveSession(api, "DEMO-NOT");
        assertThat(api.post("/api/live-sessions/" + liveId + "/demo", "{}").status()).isEqualTo(403);
        assertThat(api.get("/api/live-sessions/" + liveId).json().get("demo").asBoolean()).isFalse();
        server.seedDemo();
        ApiClient demo = new ApiClient(server.port()).signIn(org.lacrima.app.demo.DemoClinic.EMAIL,
                org.lacrima.app.demo.DemoClinic.PASSWORD);
        String demoClient = demo.get("/api/clients").json().get(0).get("id").asText();
        String demoLive = demo.post("/api/clients/" + demoClient + "/live-sessions", "{}").json().get("id").asText();
        assertThat(demo.get("/api/live-sessions/" + demoLive).json().get("demo").asBoolean()).isTrue();
        assertThat(demo.post("/api/live-sessions/" + demoLive + "/demo", "{}").status()).isEqualTo(202);
        String demoCookie = "lacrima_session=" + org.lacrima.app.live.LiveServerClient.signIn(
                URI.create("http://127.0.0.1:" + server.port()), org.lacrima.app.demo.DemoClinic.EMAIL,
                org.lacrima.app.demo.DemoClinic.PASSWORD).cookieHeader().split("=", 2)[1];
        try (LiveTestSocket page = LiveTestSocket.connect(socket(demoLive), demoCookie, null)) {
            JsonNode update = page.next(m -> m.path("type").asText().equals("update")
                    && m.path("receivedSec").asDouble() >= 20, "update after 20 s of demo data");
            assertThat(update.get("phase").asText()).isNotEmpty();
        }
        assertThat(demo.post("/api/live-sessions/" + demoLive + "/demo", "{}").status()).isEqualTo(400);
    }

    private static String chunk(long seq, double value) {
        return "{\"type\":\"chunk\",\"seq\":" + seq + ",\"samples\":{\"EDA\":[" + value + "," + value + "," + value
                + "," + value + "]}}";
    }

    private static URI socket(String liveId) {
        return URI.create("ws://127.0.0.1:" + server.port() + "/api/live/" + liveId + "/ws");
    }

    private static void awaitUpstream(CuttableProxy proxy, CompletableFuture<?> run, long bytes)
            throws InterruptedException {
        while (proxy.upstreamBytes() < bytes && !run.isDone()) {
            Thread.sleep(20);
        }
        assertThat(run).as("the stream ended before %d bytes had passed", bytes).isNotDone();
    }
}
