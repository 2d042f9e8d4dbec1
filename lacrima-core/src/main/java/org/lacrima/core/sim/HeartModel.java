package org.lacrima.core.sim;

import java.util.Arrays;

/**
 * Beat timing from the latent curves: each interval is the mean interval for the current heart
 * rate, shortened on inspiration by respiratory sinus arrhythmia (RSA) and modulated by slow
 * (LF, ~0.1 Hz Mayer-wave) oscillation.
 *
 * <p>Heart rate = resting rate (60–78 bpm) + 10–22 bpm per unit arousal + 12 bpm per unit of vagal
 * withdrawal (widened sessions: 2–6 bpm per unit arousal for a client whose heart rises little, {@link Reactivity}),
 * so a typical crying peak (arousal 0.6–1.0, vagal tone 0.5–0.7) raises it by 10–25 bpm
 * (Gross, Fredrickson &amp; Levenson 1994) and a vagal rebound takes it a few bpm below baseline.
 * RSA amplitude (half peak-to-peak, 25–60 ms at rest) is proportional to vagal tone (Porges &amp;
 * Bohrer 1990: RSA indexes vagal control), so it falls during a build-up and rises above its
 * baseline during the rebound of a resolved episode (Rottenberg et al. 2003). Walking adds its own
 * exertion heart rate (+15–30 bpm) on top, and the resting rate may wander over the session ({@link RestingWander}).
 */
final class HeartModel {
    /**
     * R-peak times and which beats are ectopic.
     *
     * @param timesSec R-peak times in seconds, ascending
     * @param ectopic  whether each beat is a premature ventricular beat
     * @param sympatheticGainBpm the heart-rate gain used, bpm per unit arousal
     */
    record Heartbeats(double[] timesSec, boolean[] ectopic, double sympatheticGainBpm) {
        /** The beats of one kind, in time order. */
        double[] timesSec(boolean ectopicBeats) {
            double[] out = new double[timesSec.length];
            int n = 0;
            for (int k = 0; k < timesSec.length; k++) {
                if (ectopic[k] == ectopicBeats) {
                    out[n++] = timesSec[k];
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /** Physiological limits of a beat interval in seconds (200 and 30 bpm). */
    static final double MIN_RR_SEC = 0.3;
    static final double MAX_RR_SEC = 2.0;
    /**
     * How much larger the RSA swing is at paced slow breathing (5–7/min) than at spontaneous breathing, at the same
     * vagal tone: the heart's response to breathing grows as breathing slows towards the baroreflex's resonance near
     * 0.1 Hz (Hirsch &amp; Bishop 1981; Vaschillo et al. 2002), about twice the swing of 12–15 breaths a minute. This is
     * the breathing's own effect on RSA, on top of the vagal lift the exercise brings ({@code WideEpisodeShaper}).
     */
    static final double SLOW_BREATHING_RSA_GAIN = 2;

    private HeartModel() {
    }

    /**
     * The beats of a session of {@code durationSec}, with premature ventricular beats at about
     * {@code ectopicPerHour} (each followed by a full compensatory pause, so the sinus rhythm goes on
     * undisturbed), drawn from {@code ectopicRnd}. {@code gainBpm}, when finite, replaces the drawn sympathetic
     * heart-rate gain (a client whose heart rises little, {@link Reactivity}); the draw is still made, so every later
     * draw of {@code rnd} stays the same. With {@code deepBreathRsa}, the RSA swing follows each breath's volume
     * ({@link RespirationModel#rsaScaleAt}); {@code breathingMode} shrinks it while the client talks, laughs or exerts.
     */
    static Heartbeats beat(LatentCurves latent, RespirationModel breathing, boolean deepBreathRsa,
                           BreathingModeRsa breathingMode, double durationSec,
                           double ectopicPerHour, double gainBpm, RandomSource rnd, RandomSource ectopicRnd) {
        double restingBpm = rnd.uniform(60, 78);
        double drawnGainBpm = rnd.uniform(10, 22);
        double sympatheticGainBpm = Double.isFinite(gainBpm) ? gainBpm : drawnGainBpm;
        double vagalGainBpm = 12;
        double rsaSec = rnd.uniform(0.025, 0.06);
        double lfSec = rnd.uniform(0.008, 0.02);
        double lfHz = rnd.uniform(0.08, 0.12);
        double jitterSec = rnd.uniform(0.002, 0.005);
        double lfPhase = rnd.uniform(0, 2 * Math.PI);

        int capacity = (int) (durationSec / MIN_RR_SEC) + 2;
        double[] beats = new double[capacity];
        boolean[] ectopic = new boolean[capacity];
        int n = 0;
        double t = rnd.uniform(0.3, 1.0);
        while (t < durationSec) {
            beats[n++] = t;
            double a = latent.cardiacArousalAt(t);
            double v = latent.vagalAt(t);
            double bpm = restingBpm + sympatheticGainBpm * a + vagalGainBpm * (1 - v)
                    + latent.confounders().exerciseBpmAt(t)
                    + latent.confounders().speechBpmAt(t)
                    + latent.confounders().restingWander().heartBpmAt(t);
            double rsa = rsaSec * Math.max(0.1, v) * Math.sin(2 * Math.PI * breathing.phaseAt(t))
                    * (latent.pacedAt(t) ? SLOW_BREATHING_RSA_GAIN : deepBreathRsa ? breathing.rsaScaleAt(t) : 1)
                    * breathingMode.factorAt(t);
            // the LF rhythm drifts in phase so it is not a pure tone
            lfPhase += 0.05 * rnd.gaussian();
            double lf = lfSec * Math.sin(2 * Math.PI * lfHz * t + lfPhase);
            double rr = 60 / bpm - rsa + lf + jitterSec * rnd.gaussian();
            rr = Math.max(MIN_RR_SEC, Math.min(MAX_RR_SEC, rr));
            if (ectopicPerHour > 0 && ectopicRnd.chance(rr * ectopicPerHour / 3600)) {
                double coupling = ectopicRnd.uniform(0.6, 0.75) * rr;
                if (coupling >= MIN_RR_SEC && 2 * rr - coupling <= MAX_RR_SEC && t + coupling < durationSec) {
                    beats[n] = t + coupling;
                    ectopic[n++] = true;
                    rr *= 2;
                }
            }
            t += rr;
        }
        return new Heartbeats(Arrays.copyOf(beats, n), Arrays.copyOf(ectopic, n), sympatheticGainBpm);
    }
}
