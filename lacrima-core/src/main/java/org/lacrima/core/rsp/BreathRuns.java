package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * Runs of consecutive breaths that share a pattern (the phrases of speech, the exhalations of a laugh), as stretches of the
 * respiration channel: from the first such breath's onset to the last one's end (the next onset). The pattern
 * detectors differ in what makes a breath belong and which runs count; the walk over the breaths is this one.
 */
final class BreathRuns {
    /** Whether breath {@code i} (its cycle {@code cycleSec} to the next onset) belongs to a run. */
    @FunctionalInterface
    interface Member {
        /** @param runOpen whether the breaths just before {@code i} already make a run */
        boolean test(int i, double cycleSec, boolean runOpen);
    }

    /** Whether the run of breaths {@code [from, to)} (ending at breath {@code to}'s onset) is reported. */
    @FunctionalInterface
    interface Keep {
        boolean test(int from, int to);
    }

    private BreathRuns() {
    }

    /** The runs of {@code breaths} (in time order) whose breaths are {@code member}s and that {@code keep} accepts. */
    static List<BadInterval> find(List<Breath> breaths, Member member, Keep keep, String label, QualityIssue reason) {
        List<BadInterval> out = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i + 1 < breaths.size(); i++) {
            double cycle = breaths.get(i + 1).onsetSec() - breaths.get(i).onsetSec();
            boolean belongs = member.test(i, cycle, runStart >= 0);
            if (belongs && runStart < 0) {
                runStart = i;
            } else if (!belongs && runStart >= 0) {
                add(out, breaths, runStart, i, keep, label, reason);
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            add(out, breaths, runStart, breaths.size() - 1, keep, label, reason);
        }
        return out;
    }

    private static void add(List<BadInterval> out, List<Breath> breaths, int from, int to, Keep keep, String label,
                            QualityIssue reason) {
        if (keep.test(from, to)) {
            out.add(new BadInterval(label, breaths.get(from).onsetSec(), breaths.get(to).onsetSec(), reason));
        }
    }
}
