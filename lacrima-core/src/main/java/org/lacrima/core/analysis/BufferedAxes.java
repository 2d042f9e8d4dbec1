package org.lacrima.core.analysis;

import java.util.List;
import java.util.Map;

/**
 * The accelerometer's axes as their buffers hold them: the feeds that read the axes together (the motion mask, the
 * chest's breathing) take only the samples every axis has received.
 */
final class BufferedAxes {
    private BufferedAxes() {
    }

    /** Samples every one of {@code axes} has received so far (0 when one has none). */
    static long commonLength(Map<String, ChannelBuffer> buffers, List<String> axes) {
        long available = Long.MAX_VALUE;
        for (String label : axes) {
            ChannelBuffer b = buffers.get(label);
            available = Math.min(available, b == null ? 0 : b.length());
        }
        return available;
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive) of each of {@code axes}, in their order. */
    static double[][] values(Map<String, ChannelBuffer> buffers, List<String> axes, long from, long to) {
        double[][] chunk = new double[axes.size()][];
        for (int a = 0; a < chunk.length; a++) {
            chunk[a] = buffers.get(axes.get(a)).values(from, to);
        }
        return chunk;
    }
}
