package org.lacrima.core.sim;

import java.util.Locale;
import java.util.Objects;
import org.lacrima.core.episode.Outcome;

/**
 * One scripted episode to simulate: how it should end and whether a calming intervention is
 * marked at the top of its build-up.
 *
 * @param outcome     resolved, sustained or subsided
 * @param interrupted whether an intervention event ("intervention: calming") is placed shortly
 *                    before the peak; only meaningful for {@link Outcome#SUBSIDED}, where it is the
 *                    clinical reason the build-up stopped short
 */
public record EpisodeSpec(Outcome outcome, boolean interrupted) {
    public EpisodeSpec {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An episode without an intervention. */
    public static EpisodeSpec of(Outcome outcome) {
        return new EpisodeSpec(outcome, false);
    }

    /**
     * Parses {@code resolved}, {@code sustained}, {@code subsided}, and the interrupted forms
     * {@code subsided-interrupted} or {@code subsided:interrupted} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the token when it is none of these
     */
    public static EpisodeSpec parse(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        boolean interrupted = false;
        for (String suffix : new String[] {"-interrupted", ":interrupted"}) {
            if (t.endsWith(suffix)) {
                interrupted = true;
                t = t.substring(0, t.length() - suffix.length());
            }
        }
        try {
            return new EpisodeSpec(Outcome.fromName(t), interrupted);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown episode '" + token
                    + "' (expected resolved, sustained, subsided or subsided-interrupted)", e);
        }
    }

    /** The token {@link #parse(String)} reads back, e.g. "subsided-interrupted". */
    public String token() {
        return outcome.jsonName() + (interrupted ? "-interrupted" : "");
    }
}
