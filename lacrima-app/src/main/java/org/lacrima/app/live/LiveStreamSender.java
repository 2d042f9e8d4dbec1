package org.lacrima.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lacrima.core.model.Recording;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.RecordingStream;

/**
 * Replays a recording file into a live session, paced at {@code speed} times real time. Chunks are
 * numbered and kept until the server acknowledges them; after a lost connection the sender reconnects,
 * learns from the server's {@code ready} which chunk it needs next, and resends from there, so the
 * server receives every chunk exactly once whatever the network does.
 */
public final class LiveStreamSender {
    /** Give up when no connection succeeds for this long. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);
    /** Chunks sent but not yet acknowledged before the sender waits for the server. */
    static final int MAX_IN_FLIGHT = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveServerClient server;
    private final String liveId;
    private final double speed;
    private final double chunkSec;
    private final PrintWriter log;
    private final NavigableMap<Long, byte[]> unacked = new TreeMap<>();
    private Connection connection;
    private long acked;
    private int reconnects = -1;

    /** What was sent: chunks, the recording's seconds, and how often the connection had to be re-made. */
    public record Result(long chunks, double seconds, int reconnects) {
    }

    /**
     * @param speed    times real time (1 = as recorded, 10 = ten times faster)
     * @param chunkSec seconds of recording per chunk
     */
    public LiveStreamSender(LiveServerClient server, String liveId, double speed, double chunkSec, PrintWriter log) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be a positive number, got " + speed);
        }
        if (!(chunkSec > 0 && chunkSec <= 10)) {
            throw new IllegalArgumentException("--chunk-sec must be above 0 and at most 10, got " + chunkSec);
        }
        this.server = server;
        this.liveId = liveId;
        this.speed = speed;
        this.chunkSec = chunkSec;
        this.log = log;
    }

    /** Streams the whole file and returns once the server has acknowledged every chunk. */
    public Result send(Path file) throws IOException, InterruptedException {
        try (RecordingStream stream = RecordingReaders.open(file, ReadOptions.defaults())) {
            List<ChannelInfo> channels = LiveChunks.streamable(stream.header().channels());
            if (channels.isEmpty()) {
                throw new IOException(file + ": no channel that can be streamed");
            }
            String hello = LiveChunks.hello(channels, stream.header().metadata().accelerometerSite());
            long seq = 0;
            double sentSec = 0;
            long startNanos = System.nanoTime();
            while (stream.hasNext()) {
                Recording piece = stream.next(chunkSec);
                LiveChunk chunk = LiveChunks.chunk(seq, piece, channels);
                double startSec = seq == 0 ? 0 : sentSec;
                sentSec = Math.max(sentSec, piece.durationSec());
                long dueNanos = startNanos + (long) (startSec / speed * 1e9);
                pace(dueNanos);
                synchronized (this) {
                    unacked.put(seq, BinaryChunkCodec.encode(chunk));
                }
                flush(hello);
                seq++;
                waitForRoom(hello);
            }
            awaitAllAcknowledged(hello, seq);
            closeQuietly();
            return new Result(seq, sentSec, Math.max(0, reconnects));
        }
    }

    private void pace(long dueNanos) throws InterruptedException {
        long wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Sends every kept chunk the current connection has not carried yet; reconnects if it is gone. */
    private void flush(String hello) throws IOException, InterruptedException {
        long lostSince = System.nanoTime();
        while (true) {
            Connection c = connected(hello, lostSince);
            try {
                while (true) {
                    Map.Entry<Long, byte[]> next;
                    synchronized (this) {
                        next = unacked.ceilingEntry(c.nextToSend);
                    }
                    if (next == null) {
                        return;
                    }
                    c.socket.sendBinary(ByteBuffer.wrap(next.getValue()), true).get(30, TimeUnit.SECONDS);
                    c.nextToSend = next.getKey() + 1;
                }
            } catch (ExecutionException | TimeoutException e) {
                c.lost();
            }
        }
    }

    private void waitForRoom(String hello) throws IOException, InterruptedException {
        while (true) {
            synchronized (this) {
                if (unacked.size() < MAX_IN_FLIGHT) {
                    return;
                }
                wait(200);
            }
            flush(hello);
        }
    }

    private void awaitAllAcknowledged(String hello, long total) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            synchronized (this) {
                if (acked >= total) {
                    return;
                }
                wait(200);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the server acknowledged " + acked + " of " + total + " chunks");
            }
            flush(hello);
        }
    }

    /** The open connection, or a new one (waiting with growing pauses while the server is unreachable). */
    private Connection connected(String hello, long lostSinceNanos) throws IOException, InterruptedException {
        long pauseMillis = 200;
        while (true) {
            Connection c;
            synchronized (this) {
                c = connection;
            }
            if (c != null && c.open) {
                return c;
            }
            try {
                return connect(hello);
            } catch (IOException e) {
                if (System.nanoTime() - lostSinceNanos > GIVE_UP_AFTER.toNanos()) {
                    throw new IOException("lost the connection to the server and could not reconnect for "
                            + GIVE_UP_AFTER.toSeconds() + " s: " + e.getMessage(), e);
                }
                Thread.sleep(pauseMillis);
                pauseMillis = Math.min(2000, pauseMillis * 2);
            }
        }
    }

    private Connection connect(String hello) throws IOException, InterruptedException {
        Connection c = new Connection();
        try {
            c.socket = server.http().newWebSocketBuilder().header("Cookie", server.cookieHeader())
                    .connectTimeout(Duration.ofSeconds(10)).buildAsync(server.socketUri(liveId), c)
                    .get(15, TimeUnit.SECONDS);
            long next = c.ready.get(15, TimeUnit.SECONDS);
            c.socket.sendText(hello, true).get(15, TimeUnit.SECONDS);
            c.nextToSend = next;
        } catch (ExecutionException | TimeoutException e) {
            c.lost();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("cannot connect to " + server.socketUri(liveId) + ": " + cause.getMessage(), e);
        }
        synchronized (this) {
            connection = c;
            reconnects++;
            acknowledged(c.nextToSend);
        }
        if (reconnects > 0) {
            say("reconnected; resending from chunk " + c.nextToSend);
        }
        return c;
    }

    /** The server holds every chunk below {@code nextSeq}. */
    private synchronized void acknowledged(long nextSeq) {
        if (nextSeq > acked) {
            acked = nextSeq;
            unacked.headMap(nextSeq, false).clear();
            notifyAll();
        }
    }

    private void say(String line) {
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    private void closeQuietly() {
        Connection c;
        synchronized (this) {
            c = connection;
            connection = null;
        }
        if (c != null && c.open) {
            c.open = false;
            c.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS);
        }
    }

    /** One socket: its own listener, the server's first "ready", and how far it has sent. */
    private final class Connection implements WebSocket.Listener {
        final CompletableFuture<Long> ready = new CompletableFuture<>();
        final StringBuilder text = new StringBuilder();
        volatile boolean open = true;
        WebSocket socket;
        long nextToSend;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                handle(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(String message) {
            JsonNode m;
            try {
                m = JSON.readTree(message);
            } catch (IOException e) {
                return;
            }
            switch (m.path("type").asText()) {
                case "ready" -> ready.complete(m.path("nextSeq").asLong());
                case "ack" -> acknowledged(m.path("nextSeq").asLong());
                case "error" -> say("server: " + m.path("message").asText());
                case "ended" -> say("the session was ended on the server");
                default -> {
                }
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (!ready.isDone()) {
                ready.completeExceptionally(new IOException("closed by the server: " + statusCode + " " + reason));
            }
            lost();
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            ready.completeExceptionally(error);
            lost();
        }

        void lost() {
            open = false;
            if (socket != null) {
                socket.abort();
            }
            synchronized (LiveStreamSender.this) {
                LiveStreamSender.this.notifyAll();
            }
        }
    }
}
