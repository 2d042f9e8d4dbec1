package org.lacrima.core.analysis;

import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * The raw samples a block's stages may read: the analysed channel of a type over any span still held.
 * A stage that keeps state between blocks asks only for the samples that arrived since its last block;
 * the others get the block's window ({@link StageContext#channel}).
 */
@FunctionalInterface
interface ChannelWindows {
    /**
     * The samples of the analysed channel of {@code type} in {@code [fromSec, toSec)} (seconds from the
     * recording start; possibly empty), or {@code null} when the session has no such channel.
     */
    Channel window(ChannelType type, double fromSec, double toSec);
}
