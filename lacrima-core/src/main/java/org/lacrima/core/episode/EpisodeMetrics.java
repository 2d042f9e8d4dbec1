package org.lacrima.core.episode;

import java.util.List;

/**
 * The evidence behind an episode's outcome. Axis values are in baseline-normalised units
 * (robust z: (x - baseline median) / baseline spread). {@code NaN} means "could not be assessed".
 * Fields may be added; they are never renamed (they appear in the JSON contract).
 *
 * @param buildUpSec                    seconds from onset to peak
 * @param peakS                         sympathetic axis value at the peak
 * @param excessGoneFraction60s         fraction of the peak excess over the pre-episode level gone 60 s after the peak
 * @param halfRecoverySec               seconds from peak until half of the excess is gone ({@code NaN} if never)
 * @param vagalReboundSize              parasympathetic axis after the release minus before the onset
 * @param vagalReboundLatencySec        seconds from peak to the parasympathetic maximum after it
 * @param postMinusPreLevel             sympathetic level after the episode minus before it
 * @param secondsAboveThreshold         seconds the sympathetic axis stayed above the episode threshold after the peak
 * @param breathingIrregularityAtPeak   respiration irregularity index around the peak ({@code NaN} without respiration)
 * @param channelsUsed                  channel types that contributed, e.g. ["EDA", "ECG"]
 */
public record EpisodeMetrics(double buildUpSec, double peakS, double excessGoneFraction60s, double halfRecoverySec,
                             double vagalReboundSize, double vagalReboundLatencySec, double postMinusPreLevel,
                             double secondsAboveThreshold, double breathingIrregularityAtPeak,
                             List<String> channelsUsed) {
    public EpisodeMetrics {
        channelsUsed = List.copyOf(channelsUsed);
    }
}
