package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.episode.Outcome;

/**
 * Crying's own movements (widened sessions): crying is not only autonomic. Gross, Fredrickson &amp; Levenson (1994,
 * Psychophysiology 31: 460-468) found general somatic activity rising with crying; people who cry wipe their eyes and
 * nose, reach for a tissue and blow their nose, and their shoulders and upper body shake with the sobs (Vingerhoets
 * 2013, "Why only humans weep", Oxford University Press, on what crying looks like). On a wrist device these hand and
 * arm movements are accelerometer activity and motion artefacts in the pulse and in wrist skin conductance exactly
 * around the crying peak.
 *
 * <p>Two parts, both tied to the stretches where the client sobs ({@link LatentCurves#sobbing()}: around a resolved
 * bout's peak and release, on each of a sustained plateau's sobbing waves; a build-up that stops short has no tears and
 * no sobbing, so none):
 * <ul>
 *   <li><b>Gestures</b>: wiping eyes or nose (1-3 s of to-and-fro rubbing at 1.5-3 Hz) and reaching for a tissue or
 *   blowing the nose (2-4 s of slower arm movement at 0.5-1.5 Hz), 0.1-0.5 g at the wrist, drawn as a Poisson process
 *   over the sobbing stretch and {@value #AFTER_SOBBING_SEC} s after it (the tears are dried once the sob has passed)
 *   at {@value #MIN_PER_MIN}-{@value #MAX_PER_MIN} a minute growing with the bout's depth (its latent peak over the
 *   shallowest crying peak, 0.3, to the deepest, 1.0), larger too in deep crying. A teared-up bout with a sobbing
 *   stretch of half a minute (50 s with the drying after it, 0.4 gestures expected) has none in about two cases of
 *   three. No literature gives these rates: they are issue 19's "a few a minute of crying, more in deep crying", a
 *   modelling choice.</li>
 *   <li><b>Shoulder shaking</b>: each sob jerks the upper body with its convulsive inspiratory catches; the
 *   accelerometer sees {@link #shakeGPerExcursion} g per unit of the sob's belt excursion, from 0.03 g in a teared-up
 *   bout to 0.07 g in deep crying (0.05 g, the value before this class, at a middling depth), and at the wrist the pulse
 *   sensor is displaced with it.</li>
 * </ul>
 *
 * <p>Everything here draws from a stream of its own ({@code "crying-movements"}), so every other draw of a session is what
 * it was. The episodes' ground truth is untouched: the gestures are reported among {@link GroundTruth#motionArtefacts()}.
 */
final class CryingMovements {
    /** Fewest and most gestures a minute of sobbing, at the shallowest and the deepest crying. */
    static final double MIN_PER_MIN = 0.5;
    static final double MAX_PER_MIN = 4;
    /** Seconds after a sobbing stretch during which tears and nose are still being dried. */
    static final double AFTER_SOBBING_SEC = 20;
    /** Shoulder shaking per unit of sob excursion, g: teared-up, and how much more in the deepest crying. */
    static final double SHAKE_MIN_G = 0.03;
    static final double SHAKE_RANGE_G = 0.04;
    /** The shaking of sobbing as rendered before this class (classic sessions, and laughter everywhere), g. */
    static final double CLASSIC_SHAKE_G = 0.05;
    /** Latent peak of the shallowest crying ("teared up") and the range up to the deepest, widened model's scale. */
    private static final double SHALLOWEST_PEAK = 0.3;
    private static final double PEAK_RANGE = 0.7;

    /**
     * One gesture of the hand, with everything drawn for its rendering: crying's, or a seated hand's
     * ({@link SeatedFidgeting}).
     *
     * @param onsetSec           seconds from the recording start
     * @param durationSec        seconds
     * @param intensityG         peak acceleration at the wrist, g
     * @param direction          unit vector of the movement on the accelerometer's axes
     * @param hz                 the three oscillation frequencies of the movement, hertz
     * @param phase              their phases, radians
     * @param edaJumpMicrosiemens electrode-contact jump in palmar microsiemens (scaled at the wrist)
     * @param edaSettleSec       time constant of the contact's settling after the movement, seconds
     */
    record Gesture(double onsetSec, double durationSec, double intensityG, double[] direction, double[] hz,
                   double[] phase, double edaJumpMicrosiemens, double edaSettleSec) {
    }

    /** A stretch of sobbing with the shaking gain of its bout. */
    private record Shaking(TimeWindow window, double gPerExcursion) {
    }

    private final List<Gesture> gestures;
    private final List<Shaking> shaking;

    private CryingMovements(List<Gesture> gestures, List<Shaking> shaking) {
        this.gestures = gestures;
        this.shaking = shaking;
    }

    /** No movements of crying: the shaking of sobbing at {@link #CLASSIC_SHAKE_G}, as before this class. */
    static CryingMovements none() {
        return new CryingMovements(List.of(), List.of());
    }

    /**
     * Draws the movements of crying for the sobbing stretches of {@code latent}; {@link #none()} unless
     * {@code widened} and movements are {@code enabled}.
     */
    static CryingMovements draw(LatentCurves latent, double durationSec, boolean widened, boolean enabled,
                                RandomSource rnd) {
        if (!widened || !enabled) {
            return none();
        }
        List<Gesture> gestures = new ArrayList<>();
        List<Shaking> shaking = new ArrayList<>();
        for (TimeWindow sob : latent.sobbing()) {
            TrueEpisode bout = boutOf(latent.episodes(), sob);
            double depth = bout == null ? 0.5 : depth(bout);
            shaking.add(new Shaking(sob, SHAKE_MIN_G + SHAKE_RANGE_G * depth));
            double perSec = (MIN_PER_MIN + (MAX_PER_MIN - MIN_PER_MIN) * depth) / 60;
            double to = Math.min(durationSec - 5, sob.toSec() + AFTER_SOBBING_SEC);
            for (double t = sob.fromSec() + rnd.exponential(1 / perSec); t < to; t += rnd.exponential(1 / perSec)) {
                Gesture g = gesture(t, depth, rnd);
                gestures.add(g);
                t += g.durationSec();
            }
        }
        gestures.sort(java.util.Comparator.comparingDouble(Gesture::onsetSec));
        return new CryingMovements(List.copyOf(gestures), List.copyOf(shaking));
    }

    /** 0 for the shallowest crying peak (0.3 latent), 1 for the deepest (1.0). */
    static double depth(TrueEpisode bout) {
        return Math.max(0, Math.min(1, (bout.peakArousal() - SHALLOWEST_PEAK) / PEAK_RANGE));
    }

    /** The bout a sobbing stretch belongs to: the last one whose onset is not after the stretch's start. */
    private static TrueEpisode boutOf(List<TrueEpisode> episodes, TimeWindow sob) {
        TrueEpisode found = null;
        for (TrueEpisode e : episodes) {
            if (e.onsetSec() <= sob.fromSec() + 1e-9 && e.outcome() != Outcome.SUBSIDED) {
                found = e;
            }
        }
        return found;
    }

    /**
     * A wipe of eyes or nose (two in three) or a reach for a tissue and blowing the nose; deeper crying moves the arm
     * harder (the upper end of the 0.1-0.5 g range grows with depth).
     */
    private static Gesture gesture(double t, double depth, RandomSource rnd) {
        boolean wipe = rnd.chance(2.0 / 3);
        double duration = wipe ? rnd.uniform(1, 3) : rnd.uniform(2, 4);
        double intensity = rnd.uniform(0.1, 0.2 + 0.3 * depth);
        double lo = wipe ? 1.5 : 0.5;
        double hi = wipe ? 3 : 1.5;
        double[] hz = {rnd.uniform(lo, hi), rnd.uniform(lo, hi), rnd.uniform(lo, hi)};
        double[] phase = {rnd.uniform(0, 6.3), rnd.uniform(0, 6.3), rnd.uniform(0, 6.3)};
        double[] direction = MotionModel.unit(new double[] {rnd.gaussian(), rnd.gaussian(), rnd.gaussian()});
        return new Gesture(t, duration, intensity, direction, hz, phase,
                MotionModel.contactJumpMicrosiemens(rnd, intensity), rnd.uniform(2, 5));
    }

    /** The gestures, in onset order. */
    List<Gesture> gestures() {
        return gestures;
    }

    /**
     * How hard a sob shakes the upper body at {@code timeSec}, g per unit of the breath's belt excursion: the bout's
     * own gain inside its sobbing stretches, {@link #CLASSIC_SHAKE_G} where none was drawn (classic sessions).
     */
    double shakeGPerExcursion(double timeSec) {
        for (Shaking s : shaking) {
            if (s.window().contains(timeSec)) {
                return s.gPerExcursion();
            }
        }
        return CLASSIC_SHAKE_G;
    }

    /** Whether any sobbing stretch had its shaking drawn here (then the wrist's pulse sensor shakes with it). */
    boolean shakesPulse() {
        return !shaking.isEmpty();
    }
}
