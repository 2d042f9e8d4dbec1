package org.lacrima.core.sim;

import java.util.ArrayList;
import java.util.List;
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
 * @param spell       0 for an episode on its own; consecutive specs with the same positive number
 *                    are the bouts of one spell: drawn from the widened ranges with brief build-ups
 *                    (20–150 s), each onset 1–3 min after the previous bout turned (its release,
 *                    the end of its plateau, or its peak), so a bout may start before the previous
 *                    has settled
 */
public record EpisodeSpec(Outcome outcome, boolean interrupted, int spell) {
    public EpisodeSpec {
        Objects.requireNonNull(outcome, "outcome");
        if (spell < 0) {
            throw new IllegalArgumentException("spell number must be >= 0, got " + spell);
        }
    }

    /** An episode on its own (not part of a spell). */
    public EpisodeSpec(Outcome outcome, boolean interrupted) {
        this(outcome, interrupted, 0);
    }

    /** Whether this is a bout of a spell. */
    public boolean inSpell() {
        return spell > 0;
    }

    /** The same episode as a bout of spell {@code number} (positive). */
    public EpisodeSpec inSpell(int number) {
        return new EpisodeSpec(outcome, interrupted, number);
    }

    /**
     * Parses a list of tokens: each is an episode for {@link #parse(String)}, or a spell:
     * {@code spell:N} (N = 2..6 resolved bouts) or {@code spell:resolved+resolved+subsided} (the bouts'
     * outcomes in order). Spells are numbered 1, 2, ... in order.
     *
     * @throws IllegalArgumentException naming the first bad token
     */
    public static List<EpisodeSpec> parseList(List<String> tokens) {
        List<EpisodeSpec> specs = new ArrayList<>();
        int spells = 0;
        for (String token : tokens) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.toLowerCase(Locale.ROOT).startsWith("spell:")) {
                specs.add(parse(t));
                continue;
            }
            String body = t.substring("spell:".length());
            List<EpisodeSpec> bouts = new ArrayList<>();
            if (body.matches("\\d+")) {
                int n = Integer.parseInt(body);
                if (n < 2 || n > 6) {
                    throw new IllegalArgumentException("spell '" + token + "' must have 2 to 6 bouts");
                }
                for (int i = 0; i < n; i++) {
                    bouts.add(of(Outcome.RESOLVED));
                }
            } else {
                for (String part : body.split("\\+")) {
                    bouts.add(parse(part));
                }
            }
            if (bouts.size() < 2) {
                throw new IllegalArgumentException("spell '" + token + "' must have at least 2 bouts");
            }
            spells++;
            for (EpisodeSpec b : bouts) {
                specs.add(b.inSpell(spells));
            }
        }
        return specs;
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
