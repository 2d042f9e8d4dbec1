package org.lacrima.core.rsp;

import java.util.Arrays;

/**
 * Which way up a breathing signal of unknown sign is, from the shape of its cycles as they stream past: inspiration is
 * the shorter half of a breath (Ti/Ttot 0.42 &plusmn; 0.03 in quiet breathing, Tobin et al. 1983; 0.1-0.2 in speech,
 * Winkworth et al. 1995), so a signal drawn the right way up rises for less than half of its cycles. Swings are found
 * between alternating extremes with a hysteresis of {@value #HYSTERESIS} of the signal's recent RMS; only cycles of a
 * quiet or a spoken breath's length ({@value #MIN_CYCLE_SEC}-{@value #MAX_CYCLE_SEC} s) count, so a sob, a gesture's
 * shake or a slow drift says nothing. The median over the last {@value #CYCLES} cycles (from {@value #FIRST_CYCLES} on) decides, robust to a
 * few odd ones.
 */
final class BreathAsymmetry {
    /** Hysteresis, as a share of the signal's recent RMS, between a local extreme and the swing that confirms it. */
    static final double HYSTERESIS = 0.5;
    /**
     * Shortest cycle counted, seconds: quiet and speech breaths, whose inspiration is the shorter half; not a sob
     * (0.8-2.2 s, its convulsive catches stretch the inspiration) nor a laugh's burst nor a gesture's shake.
     */
    static final double MIN_CYCLE_SEC = 2.5;
    /** Longest cycle counted, seconds: paced slow breathing is 10 s. */
    static final double MAX_CYCLE_SEC = 15;
    /** Cycles whose median rising share decides. */
    static final int CYCLES = 61;
    /** Cycles before a first decision: about a minute of quiet breathing. */
    static final int FIRST_CYCLES = 15;
    /** Time constant of the RMS the hysteresis scales with, seconds: a few breaths. */
    static final double RMS_SEC = 10;

    private final double rmsWeight;
    private double meanSquare;
    private boolean rising = true;
    private double extreme = Double.NaN;
    private double extremeSec;
    /** Times of the last minimum and the last maximum confirmed, seconds; NaN before one. */
    private double lastMinSec = Double.NaN;
    private double lastMaxSec = Double.NaN;
    private final double[] shares = new double[CYCLES];
    private int count;
    /**
     * The median of {@link #shares}, NaN when a cycle or a turn-over changed them since it was taken: asked at every
     * sample, it changes once a breath (sorting the cycles at every sample of a 50 Hz accelerometer was a tenth of a
     * strap session's analysis).
     */
    private double median = Double.NaN;

    BreathAsymmetry(double rateHz) {
        rmsWeight = 1 - Math.exp(-1 / (RMS_SEC * rateHz));
    }

    /** Takes the next sample, {@code value} at {@code timeSec}. */
    void accept(double value, double timeSec) {
        meanSquare += rmsWeight * (value * value - meanSquare);
        if (Double.isNaN(extreme)) {
            extreme = value;
            extremeSec = timeSec;
            return;
        }
        double h = HYSTERESIS * Math.sqrt(meanSquare);
        if (rising) {
            if (value > extreme) {
                extreme = value;
                extremeSec = timeSec;
            } else if (extreme - value > h) { // a maximum confirmed: the cycle from the last minimum rose to here
                lastMaxSec = extremeSec;
                rising = false;
                extreme = value;
                extremeSec = timeSec;
            }
        } else if (value < extreme) {
            extreme = value;
            extremeSec = timeSec;
        } else if (value - extreme > h) { // a minimum confirmed: a whole cycle, minimum to minimum, is known
            double minSec = extremeSec;
            if (!Double.isNaN(lastMinSec) && lastMaxSec > lastMinSec) {
                double cycle = minSec - lastMinSec;
                if (cycle >= MIN_CYCLE_SEC && cycle <= MAX_CYCLE_SEC) {
                    shares[count++ % CYCLES] = (lastMaxSec - lastMinSec) / cycle;
                    median = Double.NaN;
                }
            }
            lastMinSec = minSec;
            rising = true;
            extreme = value;
            extremeSec = timeSec;
        }
    }

    /**
     * The median rising share of the recent cycles (up to {@value #CYCLES}); 0.5 (undecided) before
     * {@value #FIRST_CYCLES} of them, so the session's first minutes, its baseline, are drawn the right way up soon.
     */
    double medianRisingShare() {
        int n = Math.min(count, CYCLES);
        if (n < FIRST_CYCLES) {
            return 0.5;
        }
        if (Double.isNaN(median)) {
            double[] sorted = Arrays.copyOf(shares, n);
            Arrays.sort(sorted);
            median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        return median;
    }

    /** The signal has been turned over: its rises were falls, and the other way round. */
    void turnOver() {
        for (int i = 0; i < CYCLES; i++) {
            shares[i] = 1 - shares[i];
        }
        median = Double.NaN;
        rising = !rising;
        extreme = -extreme;
        double min = lastMinSec;
        lastMinSec = lastMaxSec;
        lastMaxSec = min;
    }
}
