package org.lacrima.io;

import org.lacrima.core.model.ChannelType;

/**
 * A channel as announced by a stream's header, before any samples are read.
 *
 * @param label  the label in the source file
 * @param type   what the channel measures
 * @param unit   physical unit of the values
 * @param rateHz sampling rate in hertz, {@code NaN} for irregular channels (RR, IBI)
 */
public record ChannelInfo(String label, ChannelType type, String unit, double rateHz) {
}
