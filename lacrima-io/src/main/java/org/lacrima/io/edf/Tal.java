package org.lacrima.io.edf;

import java.util.List;

/**
 * An EDF+ Time-stamped Annotation List: one onset, an optional duration and the annotation texts
 * sharing them. The time-keeping TAL at the start of every data record has a single empty text.
 *
 * @param onsetSec    seconds from the recording start date-time
 * @param durationSec seconds, 0 if the TAL gives none
 * @param texts       the annotation texts, possibly empty strings
 */
public record Tal(double onsetSec, double durationSec, List<String> texts) {
    public Tal {
        texts = List.copyOf(texts);
    }

    /** Whether this TAL begins with the empty annotation that marks a record's start time. */
    public boolean isTimeKeeping() {
        return !texts.isEmpty() && texts.get(0).isEmpty();
    }
}
