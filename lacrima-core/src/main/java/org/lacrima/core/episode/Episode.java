package org.lacrima.core.episode;

import java.util.List;
import java.util.Objects;

/**
 * One arousal build-up and how it ended. Times in seconds from the recording start.
 *
 * @param onsetSec    start of the sustained rise of the sympathetic axis
 * @param peakSec     the psychophysiological peak, where the build-up ended: for a bout that turned (resolved,
 *                    subsided) where S first came within 5 % of the excess of its maximum; for a sustained bout
 *                    where it first reached its plateau (the first crest within a fifth of the maximum)
 * @param releaseSec  start of the fast drop ({@code NaN} when there was none)
 * @param endSec      back in the baseline band, settled, or the end of the recording
 * @param outcome     resolved, sustained or subsided
 * @param interrupted whether an intervention-like event fell in the build-up before the peak
 * @param confidence  0..1: how much the available channels and their quality support the outcome
 * @param metrics     the evidence behind the outcome
 * @param warnings    what evidence was missing or weak for this episode, and how it limits the outcome
 */
public record Episode(double onsetSec, double peakSec, double releaseSec, double endSec, Outcome outcome,
                      boolean interrupted, double confidence, EpisodeMetrics metrics, List<String> warnings) {
    public Episode {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(metrics, "metrics");
        warnings = List.copyOf(warnings);
    }

    /** An episode without warnings. */
    public Episode(double onsetSec, double peakSec, double releaseSec, double endSec, Outcome outcome,
                   boolean interrupted, double confidence, EpisodeMetrics metrics) {
        this(onsetSec, peakSec, releaseSec, endSec, outcome, interrupted, confidence, metrics, List.of());
    }
}
