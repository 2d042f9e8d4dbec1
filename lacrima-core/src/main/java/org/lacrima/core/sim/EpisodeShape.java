package org.lacrima.core.sim;

import java.util.List;
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
 * @param turnSec         when the episode turned: the release, the end of a plateau, or the peak of a
 *                        build-up that stopped short (a following bout of a spell starts 1–3 min later)
 * @param sobbing         when breathing turns into sobbing (around resolved peaks, on sustained waves)
 * @param paced           therapist-paced slow breathing after an intervention, or {@code null}
 * @param riseShape       the family of the rise
 * @param rebound         how vagal tone came back
 * @param arousal         excess latent arousal from the onset (its tail may run past {@code endSec})
 * @param vagal           excess latent vagal tone from the onset (negative: withdrawal)
 */
record EpisodeShape(EpisodeSpec spec, double peakSec, double releaseSec, double endSec, double interventionSec,
                    double turnSec, List<TimeWindow> sobbing, TimeWindow paced, RiseShape riseShape,
                    VagalRebound rebound, double[] arousal, double[] vagal) {

    /** This shape cried quietly: the same arousal and vagal course, without a sobbing stretch. */
    EpisodeShape withoutSobbing() {
        return new EpisodeShape(spec, peakSec, releaseSec, endSec, interventionSec, turnSec, List.of(), paced, riseShape,
                rebound, arousal, vagal);
    }

    /** The original model's shape: turning at the release or the peak, one sobbing stretch at most. */
    static EpisodeShape classic(EpisodeSpec spec, double peakSec, double releaseSec, double endSec,
                                double interventionSec, TimeWindow sobbing, RiseShape riseShape, double[] arousal,
                                double[] vagal) {
        boolean released = !Double.isNaN(releaseSec);
        return new EpisodeShape(spec, peakSec, releaseSec, endSec, interventionSec, released ? releaseSec : peakSec,
                sobbing == null ? List.of() : List.of(sobbing), null, riseShape,
                released ? VagalRebound.IMMEDIATE : VagalRebound.NONE, arousal, vagal);
    }

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
