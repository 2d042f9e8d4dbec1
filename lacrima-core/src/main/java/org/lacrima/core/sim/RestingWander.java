package org.lacrima.core.sim;

/**
 * The slow wander of the resting state over a session ({@link SimulationConfig#restingWander()}). A seated client's
 * resting heart rate is not a constant the first minutes measure once: it moves with the very-low and ultra-low
 * frequency rhythms (thermoregulation, the renin-angiotensin system; Task Force of the ESC and NASPE 1996), so that
 * over a seated hour its 5-minute mean wanders by a few bpm; the tonic skin conductance level drifts with the skin's
 * hydration and temperature over many minutes (Boucsein 2012). Both are Ornstein-Uhlenbeck processes started from their
 * stationary spread: the heart's wander has a spread of 1.5-4 bpm and a time constant of 5 minutes, the skin
 * conductance level's a spread of 5-15 % of the resting level and a time constant of 10 minutes. Without it the
 * simulator's calm drift moves the heart by about 1 bpm, bounded, and a baseline from the first minutes stands for every
 * calm stretch of the session; with it the calm level later in the session may sit several bpm above or below it.
 */
final class RestingWander {
    /** No wander: the resting state stays where it was drawn. */
    static final RestingWander NONE = new RestingWander(new double[] {0}, new double[] {0});

    /** Time constant of the resting heart rate's wander, seconds. */
    static final double HEART_TAU_SEC = 300;
    /** Time constant of the tonic skin conductance level's wander, seconds. */
    static final double SKIN_TAU_SEC = 600;
    /** Samples per second of the wander curves (they move over minutes). */
    private static final double RATE_HZ = 1;
    /** Lowest tonic level as a fraction of the resting one: skin conductance stays positive. */
    private static final double MIN_SKIN_FACTOR = 0.5;

    private final double[] heartBpm;
    private final double[] skinFraction;

    private RestingWander(double[] heartBpm, double[] skinFraction) {
        this.heartBpm = heartBpm;
        this.skinFraction = skinFraction;
    }

    /** Draws the wander of a session of {@code durationSec} from its own stream {@code rnd}. */
    static RestingWander draw(double durationSec, RandomSource rnd) {
        int n = (int) Math.ceil(durationSec * RATE_HZ) + 2;
        double heartSpreadBpm = rnd.uniform(1.5, 4);
        double skinSpread = rnd.uniform(0.05, 0.15);
        return new RestingWander(ornsteinUhlenbeck(n, heartSpreadBpm, HEART_TAU_SEC, rnd),
                ornsteinUhlenbeck(n, skinSpread, SKIN_TAU_SEC, rnd));
    }

    private static double[] ornsteinUhlenbeck(int n, double spread, double tauSec, RandomSource rnd) {
        double dt = 1 / RATE_HZ;
        double keep = Math.exp(-dt / tauSec);
        double kick = spread * Math.sqrt(1 - keep * keep);
        double[] out = new double[n];
        double x = spread * rnd.gaussian();
        for (int i = 0; i < n; i++) {
            out[i] = x;
            x = keep * x + kick * rnd.gaussian();
        }
        return out;
    }

    /** The resting heart rate's departure from the drawn resting rate at {@code timeSec}, bpm. */
    double heartBpmAt(double timeSec) {
        return interpolate(heartBpm, timeSec);
    }

    /** The factor on the resting tonic skin conductance level at {@code timeSec} (1: as drawn). */
    double skinFactorAt(double timeSec) {
        return Math.max(MIN_SKIN_FACTOR, 1 + interpolate(skinFraction, timeSec));
    }

    private double interpolate(double[] curve, double timeSec) {
        double x = Math.max(0, timeSec * RATE_HZ);
        int i = (int) x;
        if (i >= curve.length - 1) {
            return curve[curve.length - 1];
        }
        double w = x - i;
        return curve[i] * (1 - w) + curve[i + 1] * w;
    }
}
