package org.lacrima.core.rsp;

import java.util.Arrays;
import java.util.List;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * Laughter, from the breaths of a respiration belt. Laughing is done on the expiration: a train of rapid
 * "ha" pulses, each moving a small fraction of a tidal breath, as lung volume steps down (Filippelli et al. 2001,
 * J Appl Physiol 90: 1441-1446; laugh syllables come about 4-5 per second, Bachorowski, Smoski &amp; Owren 2001).
 * A belt shows it as a run of rapid cycles that are all shallow. Sobbing is also rapid but is made of convulsive,
 * deep inspirations of varying depth, mostly as deep as a resting breath or deeper. While someone laughs, breathing
 * rate and irregularity describe the laugh, not arousal or sobbing; the stretch is reported so that those indices
 * can be left out.
 *
 * <p>A laughter stretch is a run of at least {@value #MIN_BREATHS} consecutive breaths each shorter than
 * {@value #MAX_CYCLE_SEC} s and shallower than {@value #MAX_RELATIVE_DEPTH} of the median depth of the breaths of
 * the {@value #REFERENCE_SEC} s before the run (the person's breathing just before the laugh).
 */
public final class LaughterBreathingDetector {
    /** Longest cycle of a laugh pulse as a belt resolves it, seconds: 30 per minute, faster than calm or speech breathing. */
    static final double MAX_CYCLE_SEC = 2.0;
    /**
     * Deepest laugh pulse relative to the breathing before it: each pulse moves a small part of a tidal breath, while
     * sobs scatter around a resting breath's depth and above it; 0.6 lies below most sobs and above most pulses.
     */
    static final double MAX_RELATIVE_DEPTH = 0.6;
    /** Consecutive laugh-like breaths that make a stretch of laughter: a sob that happens to be shallow is one breath. */
    static final int MIN_BREATHS = 4;
    /** Seconds before a run whose breaths give the reference depth. */
    public static final double REFERENCE_SEC = 60;
    /**
     * Shortest median cycle of the breaths before a run, seconds (at most 24 breaths per minute): a laugh bursts out of
     * ordinary breathing (calm 12-20 per minute, somewhat faster when aroused) and falls back into it, while a run of
     * shallow cycles amid sobbing, whose cycles last 1-2 s and go on for tens of seconds, is part of the sobbing.
     */
    static final double MIN_REFERENCE_CYCLE_SEC = 2.5;
    /** Seconds after a run whose breaths must be ordinary again ({@link #MIN_REFERENCE_CYCLE_SEC}): a laugh is a burst. */
    static final double AFTER_SEC = 15;

    private LaughterBreathingDetector() {
    }

    /**
     * Laughter stretches among {@code breaths} (in time order), from the first laugh-like breath's onset to the last
     * one's end (the next onset), attributed to {@code label}.
     */
    public static List<BadInterval> detect(List<Breath> breaths, String label) {
        double[] reference = {Double.NaN};
        return BreathRuns.find(breaths, (i, cycle, runOpen) -> {
            if (!runOpen) {
                // a run's reference is the minute before its first breath; only a cycle short enough for a laugh pulse
                // needs it (two sorts of that minute's breaths)
                reference[0] = cycle < MAX_CYCLE_SEC && calmBefore(breaths, i) ? referenceDepth(breaths, i) : Double.NaN;
            }
            return cycle < MAX_CYCLE_SEC && breaths.get(i).depth() < MAX_RELATIVE_DEPTH * reference[0];
        }, (from, to) -> to - from >= MIN_BREATHS && calmFrom(breaths, to), label, QualityIssue.LAUGHTER);
    }

    /** Median depth of the breaths starting in the {@link #REFERENCE_SEC} before breath {@code i}; NaN if none. */
    private static double referenceDepth(List<Breath> breaths, int i) {
        int j = firstOfReference(breaths, i);
        if (j == i) {
            return Double.NaN;
        }
        double[] depths = new double[i - j];
        for (int k = j; k < i; k++) {
            depths[k - j] = breaths.get(k).depth();
        }
        Arrays.sort(depths);
        return depths[depths.length / 2];
    }

    /** Whether the breaths of the {@link #REFERENCE_SEC} before breath {@code i} had a median cycle of at least {@link #MIN_REFERENCE_CYCLE_SEC}. */
    private static boolean calmBefore(List<Breath> breaths, int i) {
        return medianCycle(breaths, firstOfReference(breaths, i), i) >= MIN_REFERENCE_CYCLE_SEC;
    }

    /** The first breath starting in the {@link #REFERENCE_SEC} before breath {@code i} ({@code i} if none). */
    private static int firstOfReference(List<Breath> breaths, int i) {
        double from = breaths.get(i).onsetSec() - REFERENCE_SEC;
        int j = i;
        while (j > 0 && breaths.get(j - 1).onsetSec() >= from) {
            j--;
        }
        return j;
    }

    /** Whether the breaths of the {@link #AFTER_SEC} from breath {@code i} on had a median cycle of at least {@link #MIN_REFERENCE_CYCLE_SEC}. */
    private static boolean calmFrom(List<Breath> breaths, int i) {
        double to = breaths.get(i).onsetSec() + AFTER_SEC;
        int j = i;
        while (j + 1 < breaths.size() && breaths.get(j + 1).onsetSec() < to) {
            j++;
        }
        return medianCycle(breaths, i, j) >= MIN_REFERENCE_CYCLE_SEC;
    }

    /** Median cycle of breaths {@code [from, to)} (each to the next onset), seconds; NaN if none. */
    private static double medianCycle(List<Breath> breaths, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        double[] cycles = new double[to - from];
        for (int k = from; k < to; k++) {
            cycles[k - from] = breaths.get(k + 1).onsetSec() - breaths.get(k).onsetSec();
        }
        Arrays.sort(cycles);
        return cycles[cycles.length / 2];
    }
}
