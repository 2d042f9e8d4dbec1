package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.rsp.BeltJoltDetector;
import org.lacrima.core.rsp.BeltStepDetector;

/**
 * Without an accelerometer, the belt's own record of the trunk's movement is the only sign of a walk: its steps as a
 * line at the cadence ({@link BeltStepDetector}), or its jolts spread above the breaths ({@link BeltJoltDetector}).
 * Keeps the moving stretches judged so far, block after block: the windows not judged yet that a block's belt covers
 * are judged (against the heart rate of the block's beats, so the heart's own line in the belt is not taken for steps)
 * and merged into them, and those that can still reach a block through an exertion stretch (a walk and its recovery)
 * are given, as the accelerometer's moving stretches are.
 *
 * <p>A jolting stretch counts only once it lasts {@value #MIN_JOLTS_SEC} s: a laugh, a coughing fit or a burst of
 * sobbing shakes the trunk for seconds (the longest of the independent session model's laughs, 16 s), a walk across a
 * room and back lasts longer; a line at the cadence is specific to steps and counts as the accelerometer's movement
 * does ({@link ExertionDetector#MIN_SEC}).
 */
final class BeltSteps {
    /** Longest walk kept whole behind a block's reach, seconds, so a walk's length is judged on all of it. */
    private static final double LONGEST_WALK_SEC = 600;
    /** Shortest jolting stretch taken for a walk, seconds: twice the shortest accelerometer walk. */
    static final double MIN_JOLTS_SEC = 2 * ExertionDetector.MIN_SEC;

    private final BeltJoltDetector joltDetector = new BeltJoltDetector();
    private final List<BadInterval> steps = new ArrayList<>();
    private final List<BadInterval> jolts = new ArrayList<>();
    /** Start of the next window to judge, seconds. */
    private double judgedUntilSec = Double.NEGATIVE_INFINITY;

    /**
     * Judges the windows of {@code rsp} not judged yet, with the heart rate from {@code nn} ({@code null} without
     * beats), and gives the moving stretches that can reach a block starting at {@code fromSec}, in time order.
     */
    List<BadInterval> update(Channel rsp, RrSeries nn, double fromSec) {
        if (rsp != null) {
            for (BadInterval b : BeltStepDetector.detect(rsp, judgedUntilSec, Double.POSITIVE_INFINITY, rsp.label(),
                    nn == null ? null : (from, to) -> meanHeartHz(nn, from, to))) {
                merge(steps, b, 0);
            }
            // a walk's jolts pause as long as its steps may (a door, a turn) without ending it
            for (BadInterval b : joltDetector.detect(rsp, judgedUntilSec, Double.POSITIVE_INFINITY, rsp.label())) {
                merge(jolts, b, ExertionDetector.MAX_PAUSE_SEC);
            }
            judgedUntilSec = Math.max(judgedUntilSec, Math.floor(
                    (rsp.endSec() - BeltStepDetector.WINDOW_SEC) / BeltStepDetector.HOP_SEC + 1) * BeltStepDetector.HOP_SEC);
        }
        double reach = fromSec - ExertionDetector.RECOVERY_SEC - LONGEST_WALK_SEC;
        forgetBefore(steps, reach);
        forgetBefore(jolts, reach);
        List<BadInterval> moving = new ArrayList<>(steps);
        jolts.stream().filter(j -> j.durationSec() >= MIN_JOLTS_SEC).forEach(moving::add);
        moving.sort(Comparator.comparingDouble(BadInterval::startSec));
        return List.copyOf(moving);
    }

    /** Adds {@code b} to the time-ordered {@code stretches}, joined to the last one when at most {@code gapSec} after it. */
    private static void merge(List<BadInterval> stretches, BadInterval b, double gapSec) {
        BadInterval last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
        if (last != null && b.startSec() <= last.endSec() + gapSec) {
            stretches.set(stretches.size() - 1, new BadInterval(last.channel(), last.startSec(),
                    Math.max(last.endSec(), b.endSec()), last.reason()));
        } else {
            stretches.add(b);
        }
    }

    private static void forgetBefore(List<BadInterval> stretches, double reachSec) {
        int firstNeeded = 0;
        while (firstNeeded < stretches.size() && stretches.get(firstNeeded).endSec() < reachSec) {
            firstNeeded++;
        }
        stretches.subList(0, firstNeeded).clear();
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
