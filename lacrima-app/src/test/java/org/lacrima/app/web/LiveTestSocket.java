package org.lacrima.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A raw live-protocol socket for tests: sends frames, collects every JSON message the server sends. */
final class LiveTestSocket implements WebSocket.Listener, AutoCloseable {
    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private WebSocket ws;

    static LiveTestSocket connect(URI uri, String cookie, String origin) throws Exception {
        LiveTestSocket s = new LiveTestSocket();
        WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        s.ws = b.buildAsync(uri, s).get(10, TimeUnit.SECONDS);
        return s;
    }

    void send(String json) throws Exception {
        ws.sendText(json, true).get(10, TimeUnit.SECONDS);
    }

    void send(byte[] frame) throws Exception {
        ws.sendBinary(ByteBuffer.wrap(frame), true).get(10, TimeUnit.SECONDS);
    }

    /** The next message of this type (skipping others), or an AssertionError after 20 s. */
    JsonNode next(String type) throws InterruptedException {
        return next(m -> m.path("type").asText().equals(type), type);
    }

    JsonNode next(Predicate<JsonNode> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonNode m = received.poll(200, TimeUnit.MILLISECONDS);
            if (m != null && wanted.test(m)) {
                return m;
            }
        }
        throw new AssertionError("no " + what + " message within 20 s");
    }

    boolean isOpen() {
        return !ws.isInputClosed() && !closed.isDone();
    }

    @Override
    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            try {
                received.add(ApiClient.JSON.readTree(text.toString()));
            } catch (IOException e) {
                throw new AssertionError("server sent non-JSON: " + text, e);
            }
            text.setLength(0);
        }
        w.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
        closed.complete(status);
        return null;
    }

    @Override
    public void onError(WebSocket w, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        ws.abort();
    }
}
