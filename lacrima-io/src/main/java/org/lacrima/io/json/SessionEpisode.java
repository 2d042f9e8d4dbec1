package org.lacrima.io.json;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Spell;

/**
 * An episode as the JSON shows it within its session: the core {@link Episode} with the number of the spell it
 * belongs to (which only the session's other episodes can tell).
 *
 * @param episode the episode
 * @param spell   its spell's number, from 1
 */
public record SessionEpisode(Episode episode, int spell) {
    /** The episodes of {@code analysis}, in order, each with its spell number. */
    public static List<SessionEpisode> of(SessionAnalysis analysis) {
        return of(analysis.episodes(), analysis.spells());
    }

    /** {@code episodes} numbered by {@code spells} (from {@link Spell#group}). */
    public static List<SessionEpisode> of(List<Episode> episodes, List<Spell> spells) {
        int[] numbers = Spell.numbers(spells, episodes.size());
        List<SessionEpisode> numbered = new ArrayList<>(episodes.size());
        for (int i = 0; i < episodes.size(); i++) {
            numbered.add(new SessionEpisode(episodes.get(i), numbers[i]));
        }
        return numbered;
    }
}
