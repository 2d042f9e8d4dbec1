package org.lacrima.core.sim;

/** Which ranges the simulator draws episodes from. */
public enum EpisodeVariety {
    /**
     * The original model: build-ups 1.5–6 min with a convex rise, peaks 0.6–1.0 (subsided
     * 0.35–0.55), release half-life 15–50 s with an immediate vagal rebound, plateaus 4.5–8 min.
     */
    CLASSIC,
    /**
     * Widened (issue 12/19): build-ups 20 s – 10 min (log-uniform) of five rise families, peaks from
     * "teared up" (0.3) to large (1.0), release time constants 4–60 s, vagal rebound immediate,
     * delayed (≥ 1 min) or weak, a brief pre-tear heart-rate dip in a third of resolved bouts,
     * sustained plateaus with repeated sobbing waves, subsided drifts over minutes (after an
     * intervention often with therapist-paced slow breathing that raises vagal tone without a release),
     * a breathing-rate response that varies from none to +60 % between sessions, and in a third of sessions each a
     * heart that rises little or a high palmar skin conductance level ({@link Reactivity}).
     */
    WIDE
}
