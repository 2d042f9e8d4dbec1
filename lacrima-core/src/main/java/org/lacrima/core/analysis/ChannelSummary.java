package org.lacrima.core.analysis;

import org.lacrima.core.model.ChannelType;

/**
 * What the analysis made of one channel.
 *
 * @param label           label in the source file
 * @param type            channel type
 * @param unit            physical unit
 * @param rateHz          sampling rate in hertz ({@code NaN} for irregular channels)
 * @param durationSec     seconds covered
 * @param goodFraction    0..1: fraction of the channel judged usable by the quality mask
 * @param used            whether the analysis used it
 */
public record ChannelSummary(String label, ChannelType type, String unit, double rateHz, double durationSec,
                             double goodFraction, boolean used) {
}
