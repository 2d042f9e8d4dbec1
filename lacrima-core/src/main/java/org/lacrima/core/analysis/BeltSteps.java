package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.rsp.BeltStepDetector;

/**
 * Without an accelerometer, the belt's own record of the trunk's steps ({@link BeltStepDetector}) is the only sign of
 * a walk. Keeps the stepping stretches judged so far, block after block: the windows not judged yet that a block's
 * belt covers are judged (against the heart rate of the block's beats, so the heart's own line in the belt is not
 * taken for steps) and merged into them, and those that can still reach a block through an exertion stretch (a walk
 * and its recovery) are given, as the accelerometer's moving stretches are.
 */
final class BeltSteps {
    /** Longest walk kept whole behind a block's reach, seconds, so a walk's length is judged on all of it. */
    private static final double LONGEST_WALK_SEC = 600;

    private final List<BadInterval> steps = new ArrayList<>();
    /** Start of the next window to judge, seconds. */
    private double judgedUntilSec = Double.NEGATIVE_INFINITY;

    /**
     * Judges the windows of {@code rsp} not judged yet, with the heart rate from {@code nn} ({@code null} without
     * beats), and gives the stepping stretches that can reach a block starting at {@code fromSec}.
     */
    List<BadInterval> update(Channel rsp, RrSeries nn, double fromSec) {
        if (rsp != null) {
            for (BadInterval b : BeltStepDetector.detect(rsp, judgedUntilSec, Double.POSITIVE_INFINITY, rsp.label(),
                    nn == null ? null : (from, to) -> meanHeartHz(nn, from, to))) {
                BadInterval lastKept = steps.isEmpty() ? null : steps.get(steps.size() - 1);
                if (lastKept != null && b.startSec() <= lastKept.endSec()) {
                    steps.set(steps.size() - 1, new BadInterval(lastKept.channel(), lastKept.startSec(),
                            Math.max(lastKept.endSec(), b.endSec()), lastKept.reason()));
                } else {
                    steps.add(b);
                }
            }
            judgedUntilSec = Math.max(judgedUntilSec, Math.floor(
                    (rsp.endSec() - BeltStepDetector.WINDOW_SEC) / BeltStepDetector.HOP_SEC + 1) * BeltStepDetector.HOP_SEC);
        }
        double reach = fromSec - ExertionDetector.RECOVERY_SEC - LONGEST_WALK_SEC;
        int firstNeeded = 0;
        while (firstNeeded < steps.size() && steps.get(firstNeeded).endSec() < reach) {
            firstNeeded++;
        }
        steps.subList(0, firstNeeded).clear();
        return List.copyOf(steps);
    }

    /** Mean heart rate of the NN intervals ending in {@code [fromSec, toSec)}, beats per second; NaN with fewer than 4. */
    private static double meanHeartHz(RrSeries nn, double fromSec, double toSec) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < nn.length(); i++) {
            double t = nn.timesSec().get(i);
            if (t >= fromSec && t < toSec && nn.intervalsMs().get(i) > 0) {
                sum += 1000 / nn.intervalsMs().get(i);
                n++;
            }
        }
        return n < 4 ? Double.NaN : sum / n;
    }
}
