package org.lacrima.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lacrima.app.jobs.RecordingAnalyzer;
import org.lacrima.app.live.BinaryChunkCodec;
import org.lacrima.app.live.LiveChunks;
import org.lacrima.app.live.LiveServerClient;
import org.lacrima.app.web.ClinicServer;
import org.lacrima.app.web.ServerOptions;
import org.lacrima.core.model.BodySite;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.io.ChannelInfo;

/**
 * Many live sessions at once, each fed at real time (ECG 250 Hz, EDA 32 Hz, respiration 50 Hz in 1-s
 * binary chunks) with a page socket listening: the server's CPU per session, its heap, and the delay
 * from sending the chunk that completes an update to the page receiving that update (p50, p95, max).
 * Server and senders share this JVM, so the CPU figure is an upper bound for the server alone.
 *
 * <pre>
 * ./mvnw -B -q -pl lacrima-bench -am package -DskipTests
 * java -cp lacrima-bench/target/benchmarks.jar org.lacrima.bench.LiveLoadBench [--sessions 100] [--seconds 240]
 * </pre>
 */
public final class LiveLoadBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long enough password";

    private LiveLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = intArg(args, "--sessions", 100);
        int seconds = intArg(args, "--seconds", 240);
        Path data = Files.createTempDirectory("lacrima-live-bench");
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(3)
                .withDurationSec(Math.max(30 * 60, seconds + 60)).withChannels(Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))
                .withRateHz(ChannelType.ECG, 250).withRateHz(ChannelType.EDA, 32).withRateHz(ChannelType.RSP, 50))
                .recording();
        List<ChannelInfo> channels = LiveChunks.streamableOf(recording);
        List<byte[]> chunks = new ArrayList<>();
        for (int t = 0; t < seconds; t++) {
            chunks.add(BinaryChunkCodec.encode(LiveChunks.chunk(t, recording.slice(t, t + 1), channels)));
        }
        try (ClinicServer server = ClinicServer.start(ServerOptions.defaults(data, 0).withBcryptCost(4),
                RecordingAnalyzer.service())) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> signUp = post(http, base, "/api/signup", null, null,
                    Map.of("email", "bench@example.org", "password", PASSWORD));
            String csrf = JSON.readTree(signUp.body()).get("csrfToken").asText();
            String cookie = signUp.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            LiveServerClient client = LiveServerClient.withToken(base, cookie.split("=", 2)[1]);
            String clientId = JSON.readTree(post(http, base, "/api/clients", cookie, csrf, Map.of()).body())
                    .get("id").asText();
            List<Feed> feeds = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String liveId = JSON.readTree(post(http, base, "/api/clients/" + clientId + "/live-sessions", cookie,
                        csrf, Map.of()).body()).get("id").asText();
                feeds.add(new Feed(http, client.socketUri(liveId), cookie, LiveChunks.hello(channels, BodySite.UNKNOWN)));
            }
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                Feed f = feeds.get(i);
                // Staggered over the first second, like sessions that did not start together.
                clock.scheduleAtFixedRate(() -> f.sendNext(chunks), i * 1000L / sessions, 1000, TimeUnit.MILLISECONDS);
            }
            Thread.sleep(seconds * 1000L + 2000);
            clock.shutdownNow();
            double cpuSec = (os.getProcessCpuTime() - cpuStart) / 1e9;
            double wallSec = (System.nanoTime() - wallStart) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            List<Double> delays = new ArrayList<>();
            feeds.forEach(f -> delays.addAll(f.delaysMs));
            Collections.sort(delays);
            System.out.printf(Locale.ROOT, "| sessions | seconds fed | CPU per session (%% of a core) | heap after GC |"
                    + " updates | delay p50 / p95 / max |%n|---|---|---|---|---|---|%n");
            System.out.printf(Locale.ROOT, "| %d | %d | %.2f %% | %d MB | %d | %.0f / %.0f / %.0f ms |%n", sessions,
                    seconds, 100 * cpuSec / wallSec / sessions, heap >> 20, delays.size(), pct(delays, 0.5),
                    pct(delays, 0.95), delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1));
            System.out.printf(Locale.ROOT, "load average at the end: %.1f; cores: %d%n",
                    os.getSystemLoadAverage(), os.getAvailableProcessors());
        }
        System.exit(0);
    }

    /** One live session: a sender socket (which also receives the updates, as the page would). */
    private static final class Feed implements WebSocket.Listener {
        final List<Double> delaysMs = Collections.synchronizedList(new ArrayList<>());
        private final Map<Long, Long> sentAtNanos = new ConcurrentHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final WebSocket socket;
        private int next;

        Feed(HttpClient http, URI uri, String cookie, String hello) throws Exception {
            socket = http.newWebSocketBuilder().header("Cookie", cookie).buildAsync(uri, this).get(30, TimeUnit.SECONDS);
            socket.sendText(hello, true).get(30, TimeUnit.SECONDS);
        }

        synchronized void sendNext(List<byte[]> chunks) {
            if (next >= chunks.size()) {
                return;
            }
            // Every chunk is one second long, so the update after chunk k reports receivedSec = k + 1.
            sentAtNanos.put((long) next + 1, System.nanoTime());
            socket.sendBinary(ByteBuffer.wrap(chunks.get(next++)), true).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode m = JSON.readTree(text.toString());
                    if ("update".equals(m.path("type").asText())) {
                        Long sent = sentAtNanos.remove(Math.round(m.path("receivedSec").asDouble()));
                        if (sent != null) {
                            delaysMs.add((System.nanoTime() - sent) / 1e6);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    private static HttpResponse<String> post(HttpClient http, URI base, String path, String cookie, String csrf,
                                             Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
