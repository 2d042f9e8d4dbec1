package org.lacrima.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacrima.core.episode.Outcome;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;

/**
 * The server killed with SIGKILL in the middle of a live session loses nothing it acknowledged: after a
 * restart on the same data folder the sender reconnects, resends from where the server's journal ends,
 * and the stored EDF+ holds every sample of the source exactly once.
 */
class LiveSessionKillTest {
    @TempDir
    Path dir;
    private final List<ChildServer> servers = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        servers.forEach(s -> s.process().destroyForcibly());
    }

    @Test
    void aLiveSessionSurvivesSigkillOfTheServerAndEveryAcknowledgedSampleIsKept() throws Exception {
        Path data = dir.resolve("data");
        Path source = SimulatedRecordings.write(dir, "killed-live.edf", 41, 14, Outcome.SUSTAINED);
        long sourceBytes = Files.size(source);
        ChildServer first = start(data);
        ApiClient api = new ApiClient(first.port()).signUp("kill-live@example.org");
        String liveId = LiveStreams.startLiveSession(api, "KILL-1");
        String token = LiveStreams.token(first.port(), "kill-live@example.org");
        try (CuttableProxy proxy = new CuttableProxy(first.port())) {
            CompletableFuture<LiveStreams.CliResult> run = CompletableFuture.supplyAsync(() -> LiveStreams.stream(
                    source.toString(), "--to", "http://127.0.0.1:" + proxy.port(), "--session", liveId,
                    "--speed", "60", "--token", token));
            while (proxy.upstreamBytes() < sourceBytes && !run.isDone()) {
                Thread.sleep(20);
            }
            assertThat(run).isNotDone();
            first.kill();
            proxy.cutAll();
            ChildServer second = start(data);
            proxy.retarget(second.port());
            LiveStreams.CliResult r = run.get(5, TimeUnit.MINUTES);
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("reconnected");

            ApiClient again = new ApiClient(second.port()).signIn("kill-live@example.org");
            JsonNode ended = again.post("/api/live-sessions/" + liveId + "/end", "{}").json();
            LiveStreams.assertSameSamples(RecordingReaders.read(source, ReadOptions.defaults()).recording(),
                    LiveStreams.storedRecording(again, ended, dir));
            try (var left = Files.list(data.resolve("live"))) {
                assertThat(left).as("the journal is removed once the session is stored").isEmpty();
            }
        }
    }

    private ChildServer start(Path data) throws Exception {
        ChildServer s = ChildServer.start(data, "512m", java.util.Map.of());
        servers.add(s);
        return s;
    }
}
