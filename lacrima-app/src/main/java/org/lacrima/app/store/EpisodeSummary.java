package org.lacrima.app.store;

/**
 * An episode as kept for the history across sessions. Values that could not be assessed are null.
 *
 * @param onsetSec     seconds from the recording start
 * @param peakSec      seconds from the recording start
 * @param outcome      "resolved", "sustained" or "subsided"
 * @param peakS        sympathetic axis at the peak (baseline-normalised units)
 * @param vagalRebound parasympathetic axis after the release minus before the onset
 */
public record EpisodeSummary(int ordinal, Double onsetSec, Double peakSec, String outcome, boolean interrupted,
                             Double confidence, Double peakS, Double vagalRebound, Double halfRecoverySec) {
}
