package org.lacrima.core.episode;

import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.EventKind;

/**
 * Tears the therapist saw and marked ({@link EventKind#TEARS}), as the witness that a rise the signals alone leave in
 * doubt was crying. The tracker turns a decided rise down when its signals lack what tells a crying bout from the
 * everyday things that rise alike: the whole S-P sequence of a brief bout, a top held longer than a reflex's, a
 * build-up rather than a step, a release on the heart alone, a time course other than talking's
 * ({@link DropReason}). Those checks weigh indirect evidence; an observer who saw tears during the rise has seen the
 * behaviour itself. With a chest strap alone, or at the wrist, where a weak vagal rebound and a talk's end look alike
 * (docs/DETECTOR-HISTORY.md, twenty-ninth session), that observation is the only evidence that can tell them apart.
 *
 * <p>A mark witnesses existence, not the outcome: the outcome stays the classifier's call on the signals, and the
 * episode says it was kept on the mark and which check the signals alone failed, so a reader can leave such episodes
 * out (a study that wants the physiology alone analyses without the marks). A mark cannot open a candidate: a rise
 * the signals never showed is not an episode Lacrima can measure.
 */
final class TearsWitness {
    private TearsWitness() {
    }

    /**
     * The first tears mark among {@code events} from {@code fromSec} (the rise's onset) to {@code toSec} (where the
     * rise was decided), if any. Tears show around a bout's peak and release, and a bout is decided 3.5 minutes after
     * its peak at the earliest ({@code decisionSec}), or where the next bout's rise begins: a mark set by hand when the
     * tears are seen comes before that. Only marks up to the decision count, so that a live session decides as its file
     * does (a mark reaches the live analysis when it is set).
     */
    static Optional<Event> markedDuring(List<Event> events, double fromSec, double toSec) {
        return events.stream()
                .filter(e -> e.kind() == EventKind.TEARS && e.endSec() >= fromSec && e.onsetSec() <= toSec)
                .findFirst();
    }
}
