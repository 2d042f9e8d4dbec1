package org.lacrima.core.sim;

import java.util.Objects;
import org.lacrima.core.episode.Outcome;

/**
 * A simulated episode as scripted: the reference a detector is scored against. Times in seconds
 * from the recording start, always ordered {@code onsetSec < peakSec <= releaseSec < endSec}
 * (when there is a release).
 *
 * @param onsetSec    start of the build-up: the latent arousal starts to rise above its pre-episode level
 * @param peakSec     end of the build-up: the top of the rise (for {@code sustained}, the start of the plateau)
 * @param releaseSec  start of the fast drop with vagal rebound ({@code resolved} only), {@code NaN} otherwise
 * @param endSec      the episode's excess arousal has fallen to a quarter of its peak value (for
 *                    {@code sustained}: after the plateau, during the slow decline)
 * @param outcome     how the build-up ended
 * @param interrupted whether a calming intervention event was placed before the peak
 * @param peakArousal the latent arousal excess over the pre-episode level at the peak (0..1 scale)
 */
public record TrueEpisode(double onsetSec, double peakSec, double releaseSec, double endSec, Outcome outcome,
                          boolean interrupted, double peakArousal) {
    public TrueEpisode {
        Objects.requireNonNull(outcome, "outcome");
        if (!(onsetSec < peakSec) || !(peakSec < endSec)
                || (!Double.isNaN(releaseSec) && !(peakSec <= releaseSec && releaseSec < endSec))) {
            throw new IllegalArgumentException("episode times out of order: onset " + onsetSec + ", peak " + peakSec
                    + ", release " + releaseSec + ", end " + endSec);
        }
    }

    /** Whether the episode has a release (a fast drop with vagal rebound). */
    public boolean hasRelease() {
        return !Double.isNaN(releaseSec);
    }
}
