package org.lacrima.core.sim;

/**
 * How vagal tone comes back after the peak (Rottenberg et al. 2003: RSA rises during resolution in
 * people who recover; its timing and size vary).
 */
public enum VagalRebound {
    /** Builds within 10–25 s of the release. */
    IMMEDIATE,
    /** Starts 60–120 s after the release. */
    DELAYED,
    /** Present but small (3–10 % above rest). */
    WEAK,
    /** No rebound (sustained and subsided episodes). */
    NONE
}
