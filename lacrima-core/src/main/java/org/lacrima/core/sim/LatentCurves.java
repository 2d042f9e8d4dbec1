package org.lacrima.core.sim;

import java.util.List;
import org.lacrima.core.model.Event;

/**
 * The scripted session on the latent level: arousal and vagal tone at {@link GroundTruth#LATENT_RATE_HZ},
 * the episodes, the intervention events and when the client sobs. Every signal generator reads it.
 *
 * @param arousal       latent sympathetic arousal, 0 at rest
 * @param cardiacArousal the arousal that reaches the heart's sympathetic drive: {@code arousal} less what each
 *                      episode's {@link ResponseFractionation} keeps from the heart
 * @param electrodermalArousal the arousal that reaches the skin's sudomotor drive, likewise
 * @param vagal         latent vagal tone, 1 at rest
 * @param episodes      the placed episodes in time order
 * @param responses     which systems carry each episode's build-up, in the order of {@code episodes}
 * @param interventions intervention events to put in the recording
 * @param sobbing       stretches of sobbing breath (around resolved peaks, on sustained waves)
 * @param paced         stretches of therapist-paced slow breathing
 * @param confounders   the everyday confounders of the session
 */
record LatentCurves(double[] arousal, double[] cardiacArousal, double[] electrodermalArousal, double[] vagal,
                    List<TrueEpisode> episodes, List<ResponseFractionation> responses, List<Event> interventions,
                    List<TimeWindow> sobbing, List<TimeWindow> paced, ConfounderPlan confounders) {

    /** Whether the client breathes slowly at the therapist's pace at {@code timeSec}. */
    boolean pacedAt(double timeSec) {
        for (TimeWindow w : paced) {
            if (w.contains(timeSec)) {
                return true;
            }
        }
        return false;
    }

    /** Arousal at {@code timeSec}, linearly interpolated. */
    double arousalAt(double timeSec) {
        return interpolate(arousal, timeSec);
    }

    /** Arousal reaching the heart's sympathetic drive at {@code timeSec}, linearly interpolated. */
    double cardiacArousalAt(double timeSec) {
        return interpolate(cardiacArousal, timeSec);
    }

    /** Arousal reaching the skin's sudomotor drive at {@code timeSec}, linearly interpolated. */
    double electrodermalArousalAt(double timeSec) {
        return interpolate(electrodermalArousal, timeSec);
    }

    /** Vagal tone at {@code timeSec}, linearly interpolated. */
    double vagalAt(double timeSec) {
        return interpolate(vagal, timeSec);
    }

    /** Whether the client sobs at {@code timeSec}. */
    boolean sobbingAt(double timeSec) {
        for (TimeWindow w : sobbing) {
            if (w.contains(timeSec)) {
                return true;
            }
        }
        return false;
    }

    private static double interpolate(double[] curve, double timeSec) {
        double x = timeSec * GroundTruth.LATENT_RATE_HZ;
        if (x <= 0) {
            return curve[0];
        }
        int i = (int) x;
        if (i >= curve.length - 1) {
            return curve[curve.length - 1];
        }
        double f = x - i;
        return curve[i] + f * (curve[i + 1] - curve[i]);
    }
}
