package org.lacrima.core.rsp;

/**
 * One breath.
 *
 * @param onsetSec start of inspiration (the trough before the rise), seconds from the recording start
 * @param peakSec  end of inspiration (the crest), seconds from the recording start
 * @param depth    crest minus trough of the band-passed signal, in the channel's unit
 */
public record Breath(double onsetSec, double peakSec, double depth) {
}
