package org.lacrima.app.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The values of the last few keys asked for, each loaded once even when several requests ask for it at a time. A
 * load runs outside any lock, so a slow one (an hour of ECG read and analysed again) holds up only the requests
 * waiting for the same key, never another clinician's session. A failed load is forgotten: the next request tries
 * again.
 *
 * @param <K> what names a value
 * @param <V> the value
 */
final class RecentLoads<K, V> {
    /** Loads the value of one key. */
    @FunctionalInterface
    interface Load<V> {
        V load() throws IOException;
    }

    private final int kept;
    /** In order of last use, loads under way included; guarded by itself. */
    private final Map<K, CompletableFuture<V>> loads = new LinkedHashMap<>(4, 0.75f, true);

    /** @param kept how many values are kept after their load (the least recently used goes first) */
    RecentLoads(int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("kept must be at least 1, got " + kept);
        }
        this.kept = kept;
    }

    /** The value of {@code key}: kept, being loaded by another request (then waited for), or loaded now. */
    V get(K key, Load<V> load) throws IOException {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing;
        synchronized (loads) {
            existing = loads.get(key);
            if (existing == null) {
                loads.put(key, mine);
                while (loads.size() > kept) {
                    loads.remove(loads.keySet().iterator().next());
                }
            }
        }
        if (existing != null) {
            return await(existing);
        }
        try {
            V value = load.load();
            mine.complete(value);
            return value;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (loads) {
                loads.remove(key, mine);
            }
            throw e;
        }
    }

    private static <V> V await(CompletableFuture<V> load) throws IOException {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the recording was being read", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof UncheckedIOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
