package org.lacrima.core.sim;

/**
 * The family a build-up's rise is drawn from, so a detector cannot fit one curve. Each maps the
 * fraction of the build-up elapsed, 0..1, to the fraction of the peak reached, 0..1.
 */
public enum RiseShape {
    /** Accelerating towards the peak ({@code x^p}, p 1.3–3): the original model's rise. */
    CONVEX,
    /** Steady climb. */
    LINEAR,
    /** Slow start, fast middle, flattening top (logistic). */
    SIGMOID,
    /** Fast start that flattens ({@code x^p}, p 0.4–0.7): tears come quickly, then build slowly. */
    CONCAVE,
    /** Two to four sobbing waves, each a quick surge followed by a short hold. */
    STEPWISE,
    /** The rounded top of a build-up that stops short ({@code 3x²-2x³}). */
    SMOOTHSTEP
}
