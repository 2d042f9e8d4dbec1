package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breathing: rate and depth follow arousal, and around the crying peak of a resolved episode the
 * breaths turn into sobs (short, jerky, of varying depth).
 *
 * <p>Resting rate 12–16 breaths/min (0.20–0.27 Hz), rising by up to 60 % and deepening by up to
 * 50 % at a strong arousal peak, with breath-to-breath variability growing from 8 % to 20 %
 * (faster, less regular breathing during the S-phase: Gross, Fredrickson &amp; Levenson 1994). Sobs
 * last 0.8–2.2 s with 2–4 convulsive inspiratory catches and depths from 0.4 to 1.5 times a resting breath.
 */
final class RespirationModel {
    private final List<Breath> breaths;
    private final double[] onsets;

    private RespirationModel(List<Breath> breaths) {
        this.breaths = List.copyOf(breaths);
        this.onsets = breaths.stream().mapToDouble(Breath::onsetSec).toArray();
    }

    /** Generates the breaths of a session of {@code durationSec}, rate rising by up to 60 % with arousal. */
    static RespirationModel breathe(LatentCurves latent, double durationSec, RandomSource rnd) {
        return breathe(latent, durationSec, 0.6, rnd);
    }

    /**
     * Generates the breaths of a session of {@code durationSec}; {@code rateGain} is the relative rise of
     * the breathing rate at an arousal of 1 (0: the rate stays stable, as in many criers, Sharman et al.
     * 2020). Besides sobbing, the latent curves and confounders call for paced slow breathing (6/min,
     * deep, regular), speech (quick inhalations of 0.3–0.6 s, long irregular exhalations of 1.5–6 s),
     * laughter (short staccato breaths), exertion (faster and deeper) and sighs (2–3 times a resting
     * breath with a long exhalation).
     */
    static RespirationModel breathe(LatentCurves latent, double durationSec, double rateGain, RandomSource rnd) {
        double restRateHz = rnd.uniform(0.20, 0.27);
        double inspiratoryFraction = rnd.uniform(0.36, 0.44);
        ConfounderPlan plan = latent.confounders();
        List<Breath> breaths = new ArrayList<>();
        double t = rnd.uniform(0, 1 / restRateHz);
        while (t < durationSec) {
            double a = Math.max(0, latent.arousalAt(t));
            ConfounderPlan.BreathMode mode = plan.breathModeAt(t);
            Breath b;
            if (latent.sobbingAt(t)) {
                b = sob(t, rnd);
            } else if (latent.pacedAt(t)) {
                double length = 10 * (1 + 0.03 * rnd.gaussian());
                b = new Breath(t, 0.4 * length, 0.6 * length, 1.5 * (1 + 0.05 * rnd.gaussian()), 1);
            } else if (mode == ConfounderPlan.BreathMode.SPEECH) {
                b = new Breath(t, rnd.uniform(0.3, 0.6), rnd.uniform(1.5, 6), rnd.uniform(0.7, 1.3), 1);
            } else if (mode == ConfounderPlan.BreathMode.LAUGHTER) {
                double length = rnd.uniform(0.5, 1.2);
                b = new Breath(t, 0.3 * length, 0.7 * length, rnd.uniform(0.3, 0.8), 1);
            } else {
                double rate = restRateHz * (1 + rateGain * Math.min(a, 1));
                double depthGain = 1 + 0.5 * Math.min(a, 1);
                if (mode == ConfounderPlan.BreathMode.EXERTION) {
                    rate *= 1.5;
                    depthGain *= 1.4;
                }
                double irregularity = 0.08 + 0.12 * Math.min(a, 1);
                double length = Math.max(1.5, (1 / rate) * (1 + irregularity * rnd.gaussian()));
                double depth = Math.max(0.2, depthGain * (1 + 0.1 * rnd.gaussian()));
                double fraction = inspiratoryFraction * (1 + 0.05 * rnd.gaussian());
                b = new Breath(t, fraction * length, (1 - fraction) * length, depth, 1);
                if (plan.sighWithin(t, t + length)) {
                    b = new Breath(t, rnd.uniform(1.5, 2.5), rnd.uniform(3, 5), rnd.uniform(2, 3), 1);
                }
            }
            breaths.add(b);
            t += b.durationSec();
        }
        return new RespirationModel(breaths);
    }

    /** A sob: short and jerky, of varying depth, often with 2–4 convulsive inspiratory catches. */
    private static Breath sob(double t, RandomSource rnd) {
        double length = rnd.uniform(0.8, 2.2);
        double fraction = rnd.uniform(0.25, 0.6);
        int steps = rnd.chance(0.6) ? rnd.integer(2, 4) : 1;
        return new Breath(t, fraction * length, (1 - fraction) * length, rnd.uniform(0.4, 1.5), steps);
    }

    /** The breaths in time order. */
    List<Breath> breaths() {
        return breaths;
    }

    /** Inspiration onsets in seconds, ascending. */
    double[] onsetsSec() {
        return onsets.clone();
    }

    /**
     * Where in its breath {@code timeSec} falls: 0 at the inspiration onset, 1 at the next one.
     * Before the first breath, 0.
     */
    double phaseAt(double timeSec) {
        int i = breathIndexAt(timeSec);
        if (i < 0) {
            return 0;
        }
        Breath b = breaths.get(i);
        return Math.min(1, (timeSec - b.onsetSec()) / b.durationSec());
    }

    /** The index of the breath in progress at {@code timeSec}, or -1 before the first. */
    int breathIndexAt(double timeSec) {
        int i = Arrays.binarySearch(onsets, timeSec);
        return i >= 0 ? i : -i - 2;
    }

    /** Renders the belt signal (a.u.) at {@code rateHz} for {@code length} samples. */
    double[] render(double rateHz, int length) {
        double[] out = new double[length];
        for (int k = 0; k < breaths.size(); k++) {
            Breath b = breaths.get(k);
            int from = (int) Math.ceil(b.onsetSec() * rateHz);
            double next = k + 1 < breaths.size() ? breaths.get(k + 1).onsetSec() : b.onsetSec() + b.durationSec();
            int to = Math.min(length, (int) Math.ceil(next * rateHz));
            for (int i = Math.max(0, from); i < to; i++) {
                out[i] = b.excursionAt(i / rateHz - b.onsetSec());
            }
        }
        return out;
    }
}
