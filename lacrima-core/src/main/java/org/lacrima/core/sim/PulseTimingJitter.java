package org.lacrima.core.sim;

/**
 * How early or late each pulse reaches a PPG sensor, beat by beat, around the heart's beat plus its transit time
 * ({@link SimulationConfig#pulseTimingJitter()}).
 *
 * <p>Pulse intervals measured at the wrist are not the heart's intervals: the transit time of the pulse wave varies from
 * beat to beat (blood pressure, arterial tone), and a wrist's pulse wave is weak and changes shape from beat to beat, so
 * the point a detector takes for its arrival moves (Schäfer &amp; Vagedes 2013, Int J Cardiol 166: 15-29: pulse rate
 * variability is no exact surrogate of heart rate variability, least so away from rest and at peripheral sites).
 * Measured with this project's own pulse detector as the white timing noise equivalent of the pulse intervals'
 * beat-to-beat power (0.4-0.5 cycles per beat, where breathing puts none): an Empatica E4 at the wrist, WESAD subjects S2
 * and S4, 12.8 and 11.0 ms sitting before the protocol, 17.3 and 18.2 ms reading in Base, 13.1 and 12.5 ms over their
 * whole sessions; a finger PPG at rest (NeuroKit2's resting recording) 4.3 ms against its ECG's
 * 3.9 ms; the simulator's wrist without this, 2.3 ms, its heart's own beat jitter (docs/DETECTOR-HISTORY.md,
 * twenty-fifth session). White sensor noise does not make up the difference: at five times the default noise level
 * the simulated wrist's timing noise stayed under 6 ms. Each session draws its standard deviation from
 * {@value #MIN_SD_SEC}-{@value #MAX_SD_SEC} s, the two E4 subjects' whole sessions in its upper half and their reading
 * above it (the widening errs on the clean side); the offsets are independent Gaussian
 * draws from a stream of their own, so nothing else in a session moves.
 */
final class PulseTimingJitter {
    /** Smallest standard deviation of a pulse's arrival time drawn for a session, seconds. */
    static final double MIN_SD_SEC = 0.006;
    /** Largest standard deviation drawn, seconds. */
    static final double MAX_SD_SEC = 0.016;

    private final RandomSource rnd;
    private final double sdSec;

    private PulseTimingJitter(RandomSource rnd, double sdSec) {
        this.rnd = rnd;
        this.sdSec = sdSec;
    }

    /** The session's jitter: drawn when {@code config} asks for it, none otherwise. */
    static PulseTimingJitter of(SimulationConfig config) {
        if (!config.pulseTimingJitter()) {
            return new PulseTimingJitter(null, 0);
        }
        RandomSource rnd = RandomSource.forPart(config.seed(), "pulse-timing");
        return new PulseTimingJitter(rnd, rnd.uniform(MIN_SD_SEC, MAX_SD_SEC));
    }

    /** The next pulse's offset from the heart's beat plus the transit time, seconds. */
    double nextOffsetSec() {
        return sdSec == 0 ? 0 : sdSec * rnd.gaussian();
    }
}
