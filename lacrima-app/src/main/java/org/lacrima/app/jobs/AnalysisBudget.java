package org.lacrima.app.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lacrima.io.ChannelInfo;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.RecordingFormatException;
import org.lacrima.io.RecordingHeader;
import org.lacrima.io.RecordingReaders;
import org.lacrima.io.RecordingStream;

/**
 * The memory one analysis may use, checked from what the recording's header declares before any
 * sample is read: a file that declares days of samples, or a duration whose 4 Hz index grid alone
 * would not fit, is refused with its reason instead of running the server out of memory.
 *
 * <p>Figures from BENCHMARKS.md: the whole pipeline's live set stays within 16 times the 16-bit raw
 * sample bytes (32 bytes per declared sample); the indices take one row of a few dozen doubles per
 * grid point (4 Hz), counted here as {@value #BYTES_PER_GRID_POINT} bytes.
 *
 * @param maxBytes what one analysis may hold in memory, in bytes
 */
public record AnalysisBudget(long maxBytes) {
    static final long BYTES_PER_SAMPLE = 32;
    static final long BYTES_PER_GRID_POINT = 512;
    static final double GRID_HZ = 4;
    /** Share of the heap the analyses together may claim; the rest serves requests and the JVM. */
    static final double HEAP_SHARE = 0.5;

    public AnalysisBudget {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the memory budget of an analysis must be positive");
        }
    }

    /** Half of this JVM's maximum heap, shared by {@code workers} parallel analyses. */
    public static AnalysisBudget ofHeap(int workers) {
        return new AnalysisBudget((long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE / Math.max(1, workers)));
    }

    /**
     * Refuses a recording whose declared size does not fit.
     *
     * @throws RecordingFormatException naming the file, what it declares and the limit
     */
    public void check(Path recording, ReadOptions read) throws IOException {
        RecordingHeader header;
        try (RecordingStream stream = RecordingReaders.open(recording, read)) {
            header = stream.header();
        }
        long needed = estimateBytes(header);
        if (needed > maxBytes) {
            throw new RecordingFormatException(recording, "declares " + describe(header) + ", which needs about "
                    + megabytes(needed) + " to analyse; one analysis may use at most " + megabytes(maxBytes));
        }
    }

    /** Bytes the analysis of a recording with this header is expected to hold at its peak. */
    static long estimateBytes(RecordingHeader header) {
        double duration = header.durationSec();
        if (!(duration >= 0) || Double.isInfinite(duration)) {
            return 0; // the file does not say; the readers' own limits apply
        }
        double bytes = duration * GRID_HZ * BYTES_PER_GRID_POINT;
        for (ChannelInfo c : header.channels()) {
            if (c.rateHz() > 0 && Double.isFinite(c.rateHz())) {
                bytes += duration * c.rateHz() * BYTES_PER_SAMPLE;
            }
        }
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    private static String describe(RecordingHeader header) {
        double hours = header.durationSec() / 3600;
        String length = hours >= 48 ? String.format(Locale.ROOT, "%.0f days", hours / 24)
                : hours >= 1 ? String.format(Locale.ROOT, "%.1f h", hours)
                : String.format(Locale.ROOT, "%.0f min", header.durationSec() / 60);
        int n = header.channels().size();
        return length + " of " + n + (n == 1 ? " channel" : " channels");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10_000 ? String.format(Locale.ROOT, "%.0f GB", mb / 1024) : String.format(Locale.ROOT, "%.0f MB", mb);
    }
}
