package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The movements of a seated client's hand between everything else ({@link SimulationConfig#seatedFidgeting()}): turning
 * a page, shifting the hand on the lap, touching the face, reaching for a glass. They carry no step and no new posture
 * of the body, but move a wrist-worn sensor's accelerometer, its pulse wave and its skin electrodes as any movement
 * does.
 *
 * <p>Measured on real wrists (1-s windows whose acceleration vector varies by more than 0.04 g; docs/DETECTOR-HISTORY.md,
 * twenty-fifth session): an Empatica E4 on WESAD's S2 and S4 reading in Base moved in 27 % and 12 % of the seconds, in
 * runs of 4 and 2 s at the median (9 in 10 under 10 and 6 s), 193 and 120 runs an hour; the wrist of PhysioNet's Non-EEG
 * subjects 1 and 2 in instructed relaxation moved in 3-4 % of the seconds; the simulator's wrist with every other
 * confounder, 2 %. Each session draws how often its client's hand moves, from {@value #MIN_PER_HOUR} to
 * {@value #MAX_PER_HOUR} movements an hour (the still client relaxing to the restless reader), each 1 s plus an
 * exponential of mean {@value #MEAN_EXTRA_SEC} s long (median about 2.7 s, 9 in 10 under 7 s, at most
 * {@value #MAX_SEC} s), of 0.05-0.3 g, slow (0.2-1.2 Hz: a hand shifting, not shaking), each in its own direction. Drawn
 * from a stream of their own, so nothing else in a session moves.
 */
final class SeatedFidgeting {
    /** Fewest movements an hour a session draws: a client sitting still, as in instructed relaxation. */
    static final double MIN_PER_HOUR = 30;
    /** Most movements an hour: a restless reader's. */
    static final double MAX_PER_HOUR = 200;
    /** Mean length of a movement beyond its first second, seconds. */
    static final double MEAN_EXTRA_SEC = 2.5;
    /** Longest movement, seconds. */
    static final double MAX_SEC = 20;

    private SeatedFidgeting() {
    }

    /** The hand's movements over a session of {@code durationSec}, in onset order. */
    static List<CryingMovements.Gesture> draw(double durationSec, RandomSource rnd) {
        double perHour = rnd.uniform(MIN_PER_HOUR, MAX_PER_HOUR);
        List<CryingMovements.Gesture> out = new ArrayList<>();
        for (double t = rnd.exponential(3600 / perHour); t < durationSec - MAX_SEC; t += rnd.exponential(3600 / perHour)) {
            double duration = Math.min(MAX_SEC, 1 + rnd.exponential(MEAN_EXTRA_SEC));
            double intensity = rnd.uniform(0.05, 0.3);
            double[] hz = {rnd.uniform(0.2, 1.2), rnd.uniform(0.2, 1.2), rnd.uniform(0.2, 1.2)};
            double[] phase = {rnd.uniform(0, 6.3), rnd.uniform(0, 6.3), rnd.uniform(0, 6.3)};
            double[] direction = MotionModel.unit(new double[] {rnd.gaussian(), rnd.gaussian(), rnd.gaussian()});
            out.add(new CryingMovements.Gesture(t, duration, intensity, direction, hz, phase,
                    MotionModel.contactJumpMicrosiemens(rnd, intensity), rnd.uniform(2, 5)));
            t += duration;
        }
        return out;
    }
}
