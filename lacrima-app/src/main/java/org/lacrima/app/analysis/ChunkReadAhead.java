package org.lacrima.app.analysis;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.lacrima.core.model.Recording;
import org.lacrima.io.RecordingStream;

/**
 * Reads a stream's next chunk on a second thread while the caller analyses the current one, so decoding the file
 * leaves the critical path of a cold {@code analyze} (BENCHMARKS.md, "Cold start") and the analysis of a long file
 * overlaps its reading. One chunk ahead at most: memory stays bounded by the chunk. The stream is used by one thread
 * at a time (each read starts after the previous one was handed over).
 */
final class ChunkReadAhead implements AutoCloseable {
    private final RecordingStream stream;
    private final double chunkSec;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lacrima-reader");
        t.setDaemon(true);
        return t;
    });
    private Future<Recording> next;

    ChunkReadAhead(RecordingStream stream, double chunkSec) {
        this.stream = stream;
        this.chunkSec = chunkSec;
        readNext();
    }

    private void readNext() {
        next = stream.hasNext() ? reader.submit(() -> stream.next(chunkSec)) : null;
    }

    boolean hasNext() {
        return next != null;
    }

    /** The next chunk, as {@link RecordingStream#next} gives it (and failing as it fails); starts reading the one after. */
    Recording next() throws IOException {
        Recording chunk;
        try {
            chunk = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
        readNext();
        return chunk;
    }

    /** Lets a read under way finish (it is never interrupted), so that the stream can be closed after this. */
    @Override
    public void close() throws InterruptedIOException {
        reader.shutdown();
        try {
            while (!reader.awaitTermination(1, TimeUnit.SECONDS)) {
                // a chunk is read in milliseconds; a slow disk only makes the wait longer
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the last chunk was read");
        }
    }
}
