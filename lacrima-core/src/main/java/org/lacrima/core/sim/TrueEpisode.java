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
 * @param spell       the spell this bout belongs to, numbered 1, 2, ... in session order (an episode
 *                    on its own is a spell of one bout); 0 when not recorded
 * @param riseShape   the family of the build-up's rise
 * @param rebound     how vagal tone came back ({@link VagalRebound#NONE} unless resolved)
 */
public record TrueEpisode(double onsetSec, double peakSec, double releaseSec, double endSec, Outcome outcome,
                          boolean interrupted, double peakArousal, int spell, RiseShape riseShape,
                          VagalRebound rebound) {

    /** An episode without spell, rise-shape and rebound details (spell 0, convex rise, rebound as its outcome implies). */
    public TrueEpisode(double onsetSec, double peakSec, double releaseSec, double endSec, Outcome outcome,
                       boolean interrupted, double peakArousal) {
        this(onsetSec, peakSec, releaseSec, endSec, outcome, interrupted, peakArousal, 0, RiseShape.CONVEX,
                Double.isNaN(releaseSec) ? VagalRebound.NONE : VagalRebound.IMMEDIATE);
    }

    public TrueEpisode {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(riseShape, "riseShape");
        Objects.requireNonNull(rebound, "rebound");
        if (!(onsetSec < peakSec) || !(peakSec < endSec)
                || (!Double.isNaN(releaseSec) && !(peakSec <= releaseSec && releaseSec < endSec))) {
            throw new IllegalArgumentException("episode times out of order: onset " + onsetSec + ", peak " + peakSec
                    + ", release " + releaseSec + ", end " + endSec);
        }
    }

    /** Length of the build-up (onset to peak) in seconds. */
    public double buildUpSec() {
        return peakSec - onsetSec;
    }

    /** The same episode with every time multiplied by {@code factor} (a slower or faster session model). */
    public TrueEpisode stretched(double factor) {
        return new TrueEpisode(onsetSec * factor, peakSec * factor, releaseSec * factor, endSec * factor, outcome,
                interrupted, peakArousal, spell, riseShape, rebound);
    }

    /** Whether the episode has a release (a fast drop with vagal rebound). */
    public boolean hasRelease() {
        return !Double.isNaN(releaseSec);
    }
}
