package org.lacrima.core.sim;

import org.lacrima.core.episode.Outcome;

/**
 * One episode's contribution to the latent curves, before it is placed in the session: the excess
 * arousal and vagal tone over the calm background, sampled at {@link GroundTruth#LATENT_RATE_HZ}
 * from the onset. All times in seconds relative to the onset.
 *
 * @param spec            what was asked for
 * @param peakSec         end of the build-up
 * @param releaseSec      start of the fast drop, or {@code NaN}
 * @param endSec          excess arousal down to a quarter of its peak
 * @param interventionSec when the calming intervention is marked, or {@code NaN}
 * @param sobbing         when breathing turns into sobbing (resolved only), or {@code null}
 * @param arousal         excess latent arousal from the onset (its tail may run past {@code endSec})
 * @param vagal           excess latent vagal tone from the onset (negative: withdrawal)
 */
record EpisodeShape(EpisodeSpec spec, double peakSec, double releaseSec, double endSec, double interventionSec,
                    TimeWindow sobbing, double[] arousal, double[] vagal) {

    Outcome outcome() {
        return spec.outcome();
    }

    /** The largest excess arousal of the episode. */
    double peakArousal() {
        double max = 0;
        for (double a : arousal) {
            max = Math.max(max, a);
        }
        return max;
    }
}
