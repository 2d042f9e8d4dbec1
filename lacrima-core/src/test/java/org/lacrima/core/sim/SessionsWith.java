package org.lacrima.core.sim;

import java.util.function.LongFunction;

/**
 * Simulated sessions that hold what a test needs: confounders come at their hourly rates, so a given seed's session may
 * have no walk or no laugh. Rather than a seed list picked by hand (which breaks whenever the random streams change),
 * a test names where to start and takes the first session from there that has one.
 */
public final class SessionsWith {
    /** Seeds tried before giving up: at a rate of a few an hour, a 30-minute session has one within a few seeds. */
    private static final int MAX_TRIES = 50;

    private SessionsWith() {
    }

    /**
     * The session of the first seed from {@code fromSeed} on whose truth has a confounder of {@code kind}.
     *
     * @throws IllegalStateException when none of {@value #MAX_TRIES} seeds has one
     */
    public static SimulatedSession firstWith(ConfounderKind kind, long fromSeed, LongFunction<SimulationConfig> config) {
        for (long seed = fromSeed; seed < fromSeed + MAX_TRIES; seed++) {
            SimulatedSession session = SessionSimulator.simulate(config.apply(seed));
            if (session.truth().confounders().stream().anyMatch(c -> c.kind() == kind)) {
                return session;
            }
        }
        throw new IllegalStateException("no session with " + kind + " in seeds " + fromSeed + " to "
                + (fromSeed + MAX_TRIES - 1));
    }
}
