package org.lacrima.io;

import java.io.IOException;
import java.util.List;
import org.lacrima.core.model.Recording;

/**
 * A recording delivered in consecutive chunks, so a long file is analysed with memory proportional
 * to the chunk. Times in every chunk are seconds from the start of the whole recording; each event
 * and reference beat is delivered once, in the chunk that holds its onset.
 */
public interface RecordingStream extends AutoCloseable {

    /** Channels, rates, units and metadata, known before the first chunk. */
    RecordingHeader header();

    /** Whether another chunk remains. */
    boolean hasNext();

    /**
     * The next chunk of about {@code chunkSec} seconds (readers round to their record or frame
     * boundaries; a chunk is never empty while {@link #hasNext()} is true).
     *
     * @throws RecordingFormatException if the file turns out to be broken further on
     * @throws java.util.NoSuchElementException if no chunk remains
     */
    Recording next(double chunkSec) throws IOException;

    /** Problems worked around so far (grows as chunks are read). */
    List<String> warnings();

    @Override
    void close() throws IOException;
}
