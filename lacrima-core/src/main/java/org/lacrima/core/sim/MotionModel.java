package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;

import org.lacrima.core.filter.IirFilter;

/**
 * Body movements of a seated client: a wrist accelerometer sees gravity in the current posture,
 * a small tremor and the movements; a movement also shifts the EDA electrodes' contact (a jump in
 * conductance that settles over a few seconds) and the PPG sensor (large, band-limited distortion).
 *
 * <p>Movements come about every 4 minutes at rest (scaled by the noise level), up to three times as
 * often at high arousal; each lasts 1–6 s with a peak of 0.03–1 g (median 0.15 g) at 0.8–4 Hz.
 */
final class MotionModel {
    private static final double TYPICAL_G = 0.15;
    private static final double TREMOR_G = 0.004;
    /**
     * Share of a hand's movement (a gesture, a fidget) that a sensor on the chest feels: the arm swings from the
     * shoulder and the trunk hardly moves with it. My own reading, not a measured figure; a tenth keeps a brisk gesture
     * visible to the chest's motion mask (0.3 g at the wrist, 0.03 g at the chest) and a small one under it.
     */
    private static final double CHEST_HAND_SHARE = 0.1;
    /** Share of gravity's direction and of a random swing in the direction of a walk's acceleration. */
    private static final double WALK_VERTICAL = 0.8;
    private static final double WALK_SWING = 0.6;
    /** A walk's step oscillation in a respiration belt, resting breaths per g of the steps' acceleration. */
    private static final double BELT_STEP_PER_G = 0.2;
    /** The step oscillation's first harmonic, relative to the cadence's own. */
    private static final double STEP_HARMONIC = 0.3;

    /** One movement and everything drawn for it, so each channel renders it the same way. */
    private record Movement(MotionArtefact artefact, double[] direction, double[] hz, double[] phase,
                            double edaJumpMicrosiemens, double edaSettleSec, double[] postureAfter, boolean steady,
                            boolean hand) {
        Movement(MotionArtefact artefact, double[] direction, double[] hz, double[] phase, double edaJumpMicrosiemens,
                 double edaSettleSec, double[] postureAfter, boolean steady) {
            this(artefact, direction, hz, phase, edaJumpMicrosiemens, edaSettleSec, postureAfter, steady, false);
        }

        double envelope(double t) {
            double x = (t - artefact.onsetSec()) / artefact.durationSec();
            if (x <= 0 || x >= 1) {
                return 0;
            }
            if (steady) { // walking: steps at an even strength, 1 s to start and to stop
                double edge = Math.min(1, Math.min(t - artefact.onsetSec(), artefact.endSec() - t));
                return edge;
            }
            double s = Math.sin(Math.PI * x);
            return s * s;
        }

        /** The movement's oscillation at {@code t}, peak about 1. */
        double wave(double t) {
            double sum = 0;
            for (int k = 0; k < hz.length; k++) {
                sum += Math.sin(2 * Math.PI * hz[k] * t + phase[k]);
            }
            return envelope(t) * sum / 2;
        }
    }

    private final List<Movement> movements;
    private final double[] initialPosture;
    private final LatentCurves latent;
    private final RespirationModel breathing;
    private final CryingMovements crying;

    private MotionModel(List<Movement> movements, double[] initialPosture, LatentCurves latent,
                        RespirationModel breathing, CryingMovements crying) {
        this.movements = movements;
        this.initialPosture = initialPosture;
        this.latent = latent;
        this.breathing = breathing;
        this.crying = crying;
    }

    /** Draws the movements of a session; none when {@code enabled} is false. */
    static MotionModel of(LatentCurves latent, RespirationModel breathing, double durationSec, double noiseLevel,
                          boolean enabled, RandomSource rnd) {
        double[] posture = unit(new double[] {0.1 + 0.2 * rnd.gaussian(), -0.3 + 0.2 * rnd.gaussian(), 0.9});
        List<Movement> movements = new ArrayList<>();
        double meanGapSec = 240 / (0.5 + noiseLevel);
        double maxFactor = 3;
        double t = rnd.exponential(meanGapSec / maxFactor);
        double[] current = posture;
        while (enabled && t < durationSec) {
            double factor = 1 + 2 * Math.min(1, Math.max(0, latent.arousalAt(t)));
            if (rnd.chance(factor / maxFactor)) {
                double duration = rnd.uniform(1, 6);
                double intensity = Math.max(0.03, Math.min(1, rnd.logNormal(TYPICAL_G, 0.7)));
                double[] direction = unit(new double[] {rnd.gaussian(), rnd.gaussian(), rnd.gaussian()});
                double[] hz = {rnd.uniform(0.8, 4), rnd.uniform(0.8, 4), rnd.uniform(0.8, 4)};
                double[] phase = {rnd.uniform(0, 6.3), rnd.uniform(0, 6.3), rnd.uniform(0, 6.3)};
                double jump = contactJumpMicrosiemens(rnd, intensity);
                double[] after = current;
                if (rnd.chance(0.3)) {
                    after = unit(new double[] {current[0] + 0.2 * rnd.gaussian(), current[1] + 0.2 * rnd.gaussian(),
                            current[2] + 0.1 * rnd.gaussian()});
                }
                movements.add(new Movement(new MotionArtefact(t, duration, intensity), direction, hz, phase,
                        jump, rnd.uniform(2, 5), after, false));
                current = after;
                t += duration;
            }
            t += rnd.exponential(meanGapSec / maxFactor);
        }
        return new MotionModel(List.copyOf(movements), posture, latent, breathing, CryingMovements.none());
    }

    /**
     * The random movements of {@link #of} together with the confounders' movements (posture shifts,
     * gestures, startle jolts, standing up, steps of a walk at 1.6–2 Hz), drawn from {@code confounderRnd}.
     */
    static MotionModel of(LatentCurves latent, RespirationModel breathing, double durationSec, double noiseLevel,
                          boolean enabled, RandomSource rnd, RandomSource confounderRnd) {
        return of(latent, breathing, durationSec, noiseLevel, enabled, rnd, confounderRnd, CryingMovements.none());
    }

    /**
     * As {@link #of(LatentCurves, RespirationModel, double, double, boolean, RandomSource, RandomSource)}, with crying's
     * own movements ({@link CryingMovements}: its gestures among the movements, its shoulder shaking on the sobs).
     */
    static MotionModel of(LatentCurves latent, RespirationModel breathing, double durationSec, double noiseLevel,
                          boolean enabled, RandomSource rnd, RandomSource confounderRnd, CryingMovements crying) {
        return of(latent, breathing, durationSec, noiseLevel, enabled, rnd, confounderRnd, crying, List.of());
    }

    /**
     * As {@link #of(LatentCurves, RespirationModel, double, double, boolean, RandomSource, RandomSource, CryingMovements)},
     * with a seated hand's movements ({@link SeatedFidgeting}) rendered as crying's gestures are.
     */
    static MotionModel of(LatentCurves latent, RespirationModel breathing, double durationSec, double noiseLevel,
                          boolean enabled, RandomSource rnd, RandomSource confounderRnd, CryingMovements crying,
                          List<CryingMovements.Gesture> fidgets) {
        MotionModel random = of(latent, breathing, durationSec, noiseLevel, enabled, rnd);
        List<ConfounderPlan.Motion> planned = latent.confounders().motions();
        if (planned.isEmpty() && crying.gestures().isEmpty() && fidgets.isEmpty()) {
            return new MotionModel(random.movements, random.initialPosture, latent, breathing, crying);
        }
        List<Movement> all = new ArrayList<>(random.movements);
        for (ConfounderPlan.Motion p : planned) {
            double[] direction = unit(new double[] {confounderRnd.gaussian(), confounderRnd.gaussian(),
                confounderRnd.gaussian()});
            double[] hz = p.cadenceHz() > 0 ? new double[] {p.cadenceHz(), p.cadenceHz(), 2 * p.cadenceHz()}
                    : new double[] {confounderRnd.uniform(0.8, 4), confounderRnd.uniform(0.8, 4), confounderRnd.uniform(0.8, 4)};
            double[] phase = {confounderRnd.uniform(0, 6.3), confounderRnd.uniform(0, 6.3), confounderRnd.uniform(0, 6.3)};
            double jump = contactJumpMicrosiemens(confounderRnd, p.intensityG());
            double[] after = p.newPosture() ? unit(new double[] {confounderRnd.gaussian() * 0.4, -0.3 + 0.3 * confounderRnd.gaussian(),
                0.9}) : null;
            all.add(new Movement(new MotionArtefact(p.onsetSec(), p.durationSec(), p.intensityG()), direction, hz, phase,
                    jump, confounderRnd.uniform(2, 5), after, p.cadenceHz() > 0, p.hand()));
        }
        List<CryingMovements.Gesture> gestures = new ArrayList<>(crying.gestures());
        gestures.addAll(fidgets);
        for (CryingMovements.Gesture g : gestures) { // a hand moves, the body keeps its posture
            all.add(new Movement(new MotionArtefact(g.onsetSec(), g.durationSec(), g.intensityG()), g.direction(), g.hz(),
                    g.phase(), g.edaJumpMicrosiemens(), g.edaSettleSec(), null, false, true));
        }
        all.sort(java.util.Comparator.comparingDouble(m -> m.artefact().onsetSec()));
        // a movement without a posture of its own keeps the one before it
        double[] current = random.initialPosture;
        for (int k = 0; k < all.size(); k++) {
            Movement m = all.get(k);
            double[] posture = m.postureAfter() == null ? current : m.postureAfter();
            // steps shake the body along gravity (each heel strike, each push-off): mostly up and down, with the
            // arm's swing across it
            double[] direction = m.steady() ? walkDirection(current, m.direction()) : m.direction();
            if (posture != m.postureAfter() || direction != m.direction()) {
                all.set(k, new Movement(m.artefact(), direction, m.hz(), m.phase(), m.edaJumpMicrosiemens(),
                        m.edaSettleSec(), posture, m.steady(), m.hand()));
            }
            current = posture;
        }
        return new MotionModel(List.copyOf(all), random.initialPosture, latent, breathing, crying);
    }

    /** A walk's acceleration direction: mostly along gravity ({@code posture}), with a random {@code swing} across it. */
    private static double[] walkDirection(double[] posture, double[] swing) {
        double[] d = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            d[axis] = WALK_VERTICAL * posture[axis] + WALK_SWING * swing[axis];
        }
        return unit(d);
    }

    /** The movements as the ground truth reports them. */
    List<MotionArtefact> artefacts() {
        return movements.stream().map(Movement::artefact).toList();
    }

    /**
     * Renders the three accelerometer axes in g. Sobbing shakes the upper body in time with the
     * breath catches, so the accelerometer sees it too.
     */
    double[][] renderAcc(double rateHz, int length, RandomSource rnd) {
        return renderAcc(rateHz, length, rnd, null);
    }

    /**
     * As {@link #renderAcc(double, int, RandomSource)} for an accelerometer worn on the chest: with every breath the
     * chest wall tilts the sensor by {@code tiltRad[i]} radians (sample by sample; null at the wrist) about its
     * X axis, the left-right one of a chest strap, so gravity's share moves between the other two axes; a hand's
     * movements reach it only in part ({@link #CHEST_HAND_SHARE}).
     */
    double[][] renderAcc(double rateHz, int length, RandomSource rnd, double[] tiltRad) {
        double[][] acc = new double[3][length];
        double[] posture = initialPosture;
        int next = 0;
        for (int i = 0; i < length; i++) {
            double t = i / rateHz;
            while (next < movements.size() && t >= movements.get(next).artefact().onsetSec()
                    + movements.get(next).artefact().durationSec() / 2) {
                posture = movements.get(next).postureAfter();
                next++;
            }
            double sob = shakeG(t);
            for (int axis = 0; axis < 3; axis++) {
                acc[axis][i] = posture[axis] + (axis == 2 ? sob : 0) + TREMOR_G * rnd.gaussian();
            }
            if (tiltRad != null) { // a small rotation about X: gravity's change is the angle times X × gravity
                acc[1][i] -= tiltRad[i] * posture[2];
                acc[2][i] += tiltRad[i] * posture[1];
            }
        }
        for (Movement m : movements) {
            double share = tiltRad != null && m.hand() ? CHEST_HAND_SHARE : 1;
            forEachSample(m, rateHz, length, 0, (i, t) -> {
                double w = share * m.artefact().intensityG() * m.wave(t);
                for (int axis = 0; axis < 3; axis++) {
                    acc[axis][i] += m.direction()[axis] * w;
                }
            });
        }
        return acc;
    }

    /**
     * The upper body's shaking with sobbing and laughter at {@code t}, g along the vertical axis: in time with the breath
     * catches, per unit of the breath's excursion as {@link CryingMovements#shakeGPerExcursion} says for a sob (the
     * bout's depth in widened sessions), {@value CryingMovements#CLASSIC_SHAKE_G} g for laughter.
     */
    private double shakeG(double t) {
        boolean sobbing = latent.sobbingAt(t);
        if (!sobbing && !latent.confounders().laughingAt(t)) {
            return 0;
        }
        int b = breathing.breathIndexAt(t);
        if (b < 0) {
            return 0;
        }
        Breath breath = breathing.breaths().get(b);
        double gain = sobbing ? crying.shakeGPerExcursion(t) : CryingMovements.CLASSIC_SHAKE_G;
        return gain * breath.excursionAt(t - breath.onsetSec());
    }

    /** Adds electrode-contact artefacts to skin conductance (µS): a jump that settles after the movement. */
    void corruptEda(double[] eda, double rateHz) {
        corruptEda(eda, rateHz, 1);
    }

    /** As {@link #corruptEda(double[], double)} with the jumps scaled (smaller at the wrist, where levels are). */
    void corruptEda(double[] eda, double rateHz, double scale) {
        for (Movement m : movements) {
            double end = m.artefact().endSec();
            forEachSample(m, rateHz, eda.length, 5 * m.edaSettleSec(), (i, t) -> {
                double shape = t < end
                        ? (t - m.artefact().onsetSec()) / m.artefact().durationSec()
                        : Math.exp(-(t - end) / m.edaSettleSec());
                eda[i] += scale * m.edaJumpMicrosiemens() * shape;
            });
        }
    }

    /**
     * Adds the trunk's jolt at every step of a walk to a respiration belt (a.u., a resting breath about 1): strapped
     * round the chest, the belt records the up-and-down of each heel strike and push-off as a small oscillation at
     * the step cadence on top of the breaths (thoracic belts during walking carry such low-amplitude "tissue motion
     * artefacts", Retory et al. 2016, PLoS One 11: e0151983): the trunk rises and falls once a step, so the belt's
     * jolt is an oscillation at the cadence with a weaker first harmonic (heel strike and push-off), of amplitude
     * {@value #BELT_STEP_PER_G} of a resting breath per g of the steps' acceleration: 0.07-0.14 for a therapy room's
     * walk. Other movements (a shift in the chair, a startle's
     * jolt) are not rendered in the belt.
     */
    void corruptBelt(double[] belt, double rateHz) {
        for (Movement m : movements) {
            if (m.steady()) {
                double gain = BELT_STEP_PER_G * m.artefact().intensityG();
                double cadence = m.hz()[0];
                forEachSample(m, rateHz, belt.length, 0, (i, t) -> belt[i] += gain * m.envelope(t)
                        * (Math.sin(2 * Math.PI * cadence * t + m.phase()[0])
                        + STEP_HARMONIC * Math.sin(4 * Math.PI * cadence * t + m.phase()[2])));
            }
        }
    }

    /**
     * Adds electrode-motion noise to a chest ECG (mV) while each movement lasts ({@link ConfounderKind#ELECTRODE_MOTION}):
     * Gaussian noise band-passed to {@value #ECG_MOTION_LOW_HZ}-{@value #ECG_MOTION_HIGH_HZ} Hz, the band where skin
     * stretch puts its potential changes and where the QRS complex has its energy (so a beat detector can take its humps
     * for beats), with a standard deviation of {@value #ECG_MOTION_MV_PER_G} mV per g of the movement, following the
     * movement's envelope. Drawn from {@code rnd} alone, so the other channels stay as they were.
     */
    void corruptEcg(double[] ecg, double rateHz, RandomSource rnd) {
        for (Movement m : movements) {
            double sd = ECG_MOTION_MV_PER_G * m.artefact().intensityG();
            IirFilter band = IirFilter.butterworthBandPass(2, rateHz,
                    ECG_MOTION_LOW_HZ, Math.min(ECG_MOTION_HIGH_HZ, 0.45 * rateHz));
            int from = firstSample(m, rateHz);
            int to = endSample(m, rateHz, ecg.length, 0);
            if (to <= from) {
                continue;
            }
            double[] noise = new double[to - from];
            double sumSq = 0;
            for (int i = 0; i < noise.length; i++) {
                noise[i] = band.step(rnd.gaussian());
                sumSq += noise[i] * noise[i];
            }
            double scale = sumSq > 0 ? sd / Math.sqrt(sumSq / noise.length) : 0;
            for (int i = 0; i < noise.length; i++) {
                ecg[from + i] += scale * noise[i] * m.envelope((from + i) / rateHz);
            }
        }
    }

    /** Electrode-motion noise in a chest ECG, mV (standard deviation) per g of the movement. */
    static final double ECG_MOTION_MV_PER_G = 1.0;
    /** Band of the electrode-motion noise, Hz: skin-stretch potentials, overlapping the QRS band. */
    static final double ECG_MOTION_LOW_HZ = 1;
    /** Upper edge of the electrode-motion band, Hz (or 0.45 of a lower sampling rate). */
    static final double ECG_MOTION_HIGH_HZ = 25;

    /**
     * Adds sensor-displacement artefacts to the pulse wave (a.u., pulse amplitude about 1): every movement's, and with
     * crying's movements ({@link CryingMovements}) the sobs' shaking too, on the same scale per g (the sensor moves with
     * the arm, which moves with the heaving trunk whether it rests on the lap or holds the face).
     */
    void corruptPpg(double[] ppg, double rateHz) {
        for (Movement m : movements) {
            double gain = 0.8 * m.artefact().intensityG() / TYPICAL_G;
            forEachSample(m, rateHz, ppg.length, 0, (i, t) -> ppg[i] += gain * m.wave(t));
        }
        if (crying.shakesPulse()) {
            for (int i = 0; i < ppg.length; i++) {
                double t = i / rateHz;
                if (latent.sobbingAt(t)) {
                    ppg[i] += 0.8 / TYPICAL_G * shakeG(t);
                }
            }
        }
    }

    private interface SampleAction {
        void apply(int index, double timeSec);
    }

    private static void forEachSample(Movement m, double rateHz, int length, double afterSec, SampleAction action) {
        for (int i = firstSample(m, rateHz), to = endSample(m, rateHz, length, afterSec); i < to; i++) {
            action.apply(i, i / rateHz);
        }
    }

    /** The first sample at or after the movement's onset. */
    private static int firstSample(Movement m, double rateHz) {
        return Math.max(0, (int) Math.ceil(m.artefact().onsetSec() * rateHz));
    }

    /** The sample after the last one within {@code afterSec} of the movement's end, at most {@code length}. */
    private static int endSample(Movement m, double rateHz, int length, double afterSec) {
        return Math.min(length, (int) Math.ceil((m.artefact().endSec() + afterSec) * rateHz));
    }

    /**
     * The jump in the EDA electrodes' contact a movement of {@code intensityG} (g) gives, palmar microsiemens: upward in
     * seven movements of ten, 0.05-0.3 µS for a typical movement ({@value #TYPICAL_G} g) and growing with its strength,
     * within ±1 µS. Every kind of movement shifts the contact alike.
     */
    static double contactJumpMicrosiemens(RandomSource rnd, double intensityG) {
        double jump = (rnd.chance(0.7) ? 1 : -1) * rnd.uniform(0.05, 0.3) * intensityG / TYPICAL_G;
        return Math.max(-1, Math.min(1, jump));
    }

    static double[] unit(double[] v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / norm, v[1] / norm, v[2] / norm};
    }
}
