package org.lacrima.core.sim;

import java.util.Arrays;

/**
 * How much the heart's swing with each breath (RSA) shrinks, at the same vagal tone, because the breathing itself is
 * not a resting client's ({@link SimulationConfig#breathingModeRsa()}): one factor per breath, 1 for ordinary breaths,
 * sobs and paced breathing (those keep the latent tone's RSA and their own gains).
 *
 * <ul>
 *   <li>Speech: the HF power of heart period falls while people speak, their breathing short inhalations and long
 *   irregular exhalations (Bernardi et al. 2000; Beda et al. 2007); each talk draws its swing at
 *   {@value #MIN_SPEECH}–{@value #MAX_SPEECH} of the resting one (power a quarter to two thirds).</li>
 *   <li>Laughter: LF/HF rises at once when laughter begins and falls back right after it (Sakuragi, Sugiyama &amp;
 *   Takeuchi 2002), the expiratory pulses of a laugh leaving little of the slow respiratory swing; each laugh draws
 *   {@value #MIN_LAUGH}–{@value #MAX_LAUGH}, no study giving a ratio to fit.</li>
 *   <li>Exertion: RSA falls about in proportion to the breathing period between 6 and 20 breaths a minute (Hirsch
 *   &amp; Bishop 1981), so a walk's breaths, {@link RespirationModel#EXERTION_RATE_GAIN} times faster, swing the heart
 *   by its inverse.</li>
 * </ul>
 * The draws come from a stream of their own, so turning this on changes nothing else in a session.
 */
final class BreathingModeRsa {
    static final double MIN_SPEECH = 0.5;
    static final double MAX_SPEECH = 0.8;
    static final double MIN_LAUGH = 0.3;
    static final double MAX_LAUGH = 0.7;

    private final RespirationModel breathing;
    private final double[] factors;

    private BreathingModeRsa(RespirationModel breathing, double[] factors) {
        this.breathing = breathing;
        this.factors = factors;
    }

    /** The factor of every breath of {@code breathing}, a talk's or a laugh's drawn once from {@code rnd}. */
    static BreathingModeRsa of(RespirationModel breathing, LatentCurves latent, RandomSource rnd) {
        double[] factors = new double[breathing.breaths().size()];
        ConfounderPlan.BreathMode previous = null;
        double factor = 1;
        for (int i = 0; i < factors.length; i++) {
            double t = breathing.breaths().get(i).onsetSec();
            ConfounderPlan.BreathMode mode = latent.sobbingAt(t) || latent.pacedAt(t)
                    ? null : latent.confounders().breathModeAt(t);
            if (mode != previous) {
                factor = mode == null ? 1 : switch (mode) {
                    case SPEECH -> rnd.uniform(MIN_SPEECH, MAX_SPEECH);
                    case LAUGHTER -> rnd.uniform(MIN_LAUGH, MAX_LAUGH);
                    case EXERTION -> 1 / RespirationModel.EXERTION_RATE_GAIN;
                };
                previous = mode;
            }
            factors[i] = factor;
        }
        return new BreathingModeRsa(breathing, factors);
    }

    /** A factor of 1 everywhere: RSA follows the latent vagal tone whatever the breathing. */
    static BreathingModeRsa none(RespirationModel breathing) {
        double[] ones = new double[breathing.breaths().size()];
        Arrays.fill(ones, 1);
        return new BreathingModeRsa(breathing, ones);
    }

    /** The factor of the breath in progress at {@code timeSec} (1 before the first breath). */
    double factorAt(double timeSec) {
        int i = breathing.breathIndexAt(timeSec);
        return i < 0 ? 1 : factors[i];
    }
}
