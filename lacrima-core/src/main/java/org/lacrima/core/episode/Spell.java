package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;

/**
 * Bouts that follow each other closely, as a therapist sees them: "she cried three times, then it settled".
 * A bout whose onset comes at most {@code gapSec} after the previous bout's end belongs to the previous
 * bout's spell; every episode belongs to exactly one spell (an isolated bout is a spell of one).
 * Times in seconds from the recording start.
 *
 * @param number   1-based number of the spell in the session (what {@code episodes[].spell} refers to)
 * @param first    index of its first episode in the session's episode list
 * @param bouts    how many bouts (episodes) it holds, ≥ 1
 * @param startSec onset of its first bout
 * @param endSec   end of its last bout
 * @param endedWith outcome of its last bout: how the spell ended
 */
public record Spell(int number, int first, int bouts, double startSec, double endSec, Outcome endedWith) {

    /** Seconds from the first onset to the last end. */
    public double spanSec() {
        return endSec - startSec;
    }

    /**
     * Groups episodes (in time order) into spells.
     *
     * @param gapSec the longest gap from one bout's end to the next onset within a spell
     */
    public static List<Spell> group(List<Episode> episodes, double gapSec) {
        List<Spell> spells = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= episodes.size(); i++) {
            if (i == episodes.size() || episodes.get(i).onsetSec() - episodes.get(i - 1).endSec() > gapSec) {
                if (i > first) {
                    Episode last = episodes.get(i - 1);
                    spells.add(new Spell(spells.size() + 1, first, i - first, episodes.get(first).onsetSec(),
                            last.endSec(), last.outcome()));
                }
                first = i;
            }
        }
        return spells;
    }

    /** For each episode, the number of its spell (same order as {@code episodes}). */
    public static int[] numbers(List<Spell> spells, int episodeCount) {
        int[] numbers = new int[episodeCount];
        for (Spell s : spells) {
            for (int i = s.first(); i < s.first() + s.bouts(); i++) {
                numbers[i] = s.number();
            }
        }
        return numbers;
    }
}
