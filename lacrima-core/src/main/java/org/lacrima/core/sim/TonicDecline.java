package org.lacrima.core.sim;

/**
 * The tonic skin conductance level coming down over the first minutes of a session as the client settles
 * ({@link SimulationConfig#tonicDecline()}). Tonic electrodermal activity habituates: a client who has just come in,
 * met the therapist and had the sensors put on starts aroused, and the level falls over the following minutes towards
 * the level the rest of the session stays at (Boucsein 2012, Electrodermal Activity, 2nd ed.: the tonic level
 * decreases during rest and with habituation). Measured on real wrists (WESAD's E4, seated, Schmidt et al. 2018; 2-minute
 * medians): subject S4's level fell from 0.49 µS (minutes 2-4 of the recording) to 0.12 (minutes 8-10) and stayed near
 * 0.08-0.1; S2's from 1.27 µS at the start of the seated baseline to 0.28 six minutes later and on to 0.11: 6 and 12 times
 * the level it came down to, with the excess falling off with a time constant of about three minutes. Without it the
 * simulator's level lies within a tenth of its resting level from the first minute ({@link RestingWander} aside), and a
 * baseline from the first minutes stands for every later calm stretch.
 *
 * <p>The excess at the start is drawn log-uniformly between {@value #MIN_EXCESS} and {@value #MAX_EXCESS} times the
 * resting level (the level starts 1.2-4 times where it ends; the wrists above started at 6 and 12 times, so the range
 * errs on the mild side), falling off with a time constant of {@value #MIN_TAU_SEC}-{@value #MAX_TAU_SEC} s (those
 * wrists' three minutes and up to four times slower, so that in some sessions the decline runs on past the first eight
 * minutes, where the detector seeks its baseline).
 */
final class TonicDecline {
    /** No decline: the level starts where it stays. */
    static final TonicDecline NONE = new TonicDecline(0, 1);

    /** Smallest excess at the start, as a fraction of the resting level. */
    static final double MIN_EXCESS = 0.2;
    /** Largest excess at the start, as a fraction of the resting level. */
    static final double MAX_EXCESS = 3;
    /** Shortest time constant of the decline, seconds. */
    static final double MIN_TAU_SEC = 180;
    /** Longest time constant of the decline, seconds. */
    static final double MAX_TAU_SEC = 720;

    private final double excess;
    private final double tauSec;

    private TonicDecline(double excess, double tauSec) {
        this.excess = excess;
        this.tauSec = tauSec;
    }

    /** Draws a session's decline from its own stream {@code rnd}. */
    static TonicDecline draw(RandomSource rnd) {
        double excess = Math.exp(rnd.uniform(Math.log(MIN_EXCESS), Math.log(MAX_EXCESS)));
        return new TonicDecline(excess, rnd.uniform(MIN_TAU_SEC, MAX_TAU_SEC));
    }

    /** The level's excess over its resting level at {@code timeSec}, as a fraction of the resting level. */
    double excessAt(double timeSec) {
        return excess * Math.exp(-Math.max(0, timeSec) / tauSec);
    }
}
