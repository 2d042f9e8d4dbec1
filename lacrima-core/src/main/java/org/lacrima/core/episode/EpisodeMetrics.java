package org.lacrima.core.episode;

import java.util.List;

/**
 * The evidence behind an episode's outcome. Axis values are in baseline-normalised units
 * (robust z: (x - baseline median) / baseline spread); the "excess" is S at its top minus the
 * pre-episode level. {@code NaN} means "could not be assessed". Each metric is defined once, here and in
 * the README's metrics table. Fields may be added; they are never renamed (they appear in the JSON contract).
 *
 * @param buildUpSec                    seconds from onset to peak (≥ 0)
 * @param peakS                         sympathetic axis value at its top (z)
 * @param excessGoneFraction60s         share of the excess gone 60 s after the peak, 0..1 (an undershoot below the
 *                                      pre-episode level counts as 1; it shows in {@code postMinusPreLevel});
 *                                      {@code NaN} when the episode's data end sooner
 * @param halfRecoverySec               seconds from the peak until S is first back to half of its excess ({@code NaN} if never
 *                                      before the episode's end)
 * @param vagalReboundSize              parasympathetic axis at its maximum within {@code reboundWindowSec} after the release
 *                                      (or peak) minus its level before the onset (z; {@code NaN} without a P axis)
 * @param vagalReboundLatencySec        seconds from the peak to that parasympathetic maximum
 * @param postMinusPreLevel             sympathetic level 90-150 s after the release (or the last 10 s before the next bout
 *                                      or the recording's end, when sooner) minus the pre-episode level (z)
 * @param secondsAboveThreshold         time at the top: seconds between the peak and the episode's end that S spent at or
 *                                      above 75 % of the excess of its top (S averaged over 40 s around its maximum); not the same as
 *                                      half recovery, which is the first crossing of 50 %
 * @param breathingIrregularityAtPeak   respiration irregularity index around the peak ({@code NaN} without respiration)
 * @param channelsUsed                  channel types that contributed, e.g. ["EDA", "ECG"]
 * @param releaseDropFraction           the fast-drop evidence: the largest share of the excess lost within 60 s from a point
 *                                      between the peak and a minute after the maximum, 0..1 (≥ the detector's {@code fastDropFraction} counts as
 *                                      a fast drop)
 * @param plateauHeldFraction           the "stays high" evidence, at the decision: S's median over the last 90 s (a whole
 *                                      sobbing wave) minus the pre-episode level, as a share of the excess of the plateau's
 *                                      level (S averaged over 90 s around its maximum); ≥ 0.75 holds the top
 * @param driftPerWave                  the "drifts down" evidence, at the decision: the fall of S's median from the 90 s
 *                                      before the last 90 s to the last 90 s, as a share of the excess those earlier
 *                                      90 s stood at over the pre-episode level (what was left; negative: still
 *                                      rising); more than 0.125 is a decline, not a plateau
 */
public record EpisodeMetrics(double buildUpSec, double peakS, double excessGoneFraction60s, double halfRecoverySec,
                             double vagalReboundSize, double vagalReboundLatencySec, double postMinusPreLevel,
                             double secondsAboveThreshold, double breathingIrregularityAtPeak,
                             List<String> channelsUsed, double releaseDropFraction, double plateauHeldFraction,
                             double driftPerWave) {
    public EpisodeMetrics {
        channelsUsed = List.copyOf(channelsUsed);
    }

    /** Metrics without the plateau evidence ({@code NaN}). */
    public EpisodeMetrics(double buildUpSec, double peakS, double excessGoneFraction60s, double halfRecoverySec,
                          double vagalReboundSize, double vagalReboundLatencySec, double postMinusPreLevel,
                          double secondsAboveThreshold, double breathingIrregularityAtPeak, List<String> channelsUsed,
                          double releaseDropFraction) {
        this(buildUpSec, peakS, excessGoneFraction60s, halfRecoverySec, vagalReboundSize, vagalReboundLatencySec,
                postMinusPreLevel, secondsAboveThreshold, breathingIrregularityAtPeak, channelsUsed, releaseDropFraction,
                Double.NaN, Double.NaN);
    }

    /** Metrics without the release-drop evidence ({@code NaN}). */
    public EpisodeMetrics(double buildUpSec, double peakS, double excessGoneFraction60s, double halfRecoverySec,
                          double vagalReboundSize, double vagalReboundLatencySec, double postMinusPreLevel,
                          double secondsAboveThreshold, double breathingIrregularityAtPeak, List<String> channelsUsed) {
        this(buildUpSec, peakS, excessGoneFraction60s, halfRecoverySec, vagalReboundSize, vagalReboundLatencySec,
                postMinusPreLevel, secondsAboveThreshold, breathingIrregularityAtPeak, channelsUsed, Double.NaN);
    }
}
