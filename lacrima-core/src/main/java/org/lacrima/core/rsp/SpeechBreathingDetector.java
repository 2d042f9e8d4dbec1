package org.lacrima.core.rsp;

import java.util.Arrays;
import java.util.List;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * Talking, from the breaths of a respiration belt. In speech the breath is paced by the utterance: a quick
 * inspiration of about half a second at a phrase boundary and a long expiration carrying the words, so
 * inspiration takes some 10-20 % of the cycle against about 40 % in quiet breathing (Winkworth et al. 1995;
 * Hixon, Goldman &amp; Mead 1973), and the cycle lengths vary with the phrases. While someone talks, breathing
 * rate and irregularity describe the speech, not arousal or sobbing; the stretch is reported so that those
 * indices can be left out.
 *
 * <p>A speech stretch is a run of at least {@value #MIN_BREATHS} speech-like breaths: inspiration
 * under {@value #MAX_INSPIRATORY_FRACTION} of the cycle, or the median over it and its neighbours under
 * {@value #MAX_MEDIAN_INSPIRATORY_FRACTION}, in a cycle of at least {@value #MIN_CYCLE_SEC} s.
 * Sobs have short inspirations too but come in cycles of one to two seconds; a single sigh or a pause is one
 * breath, not a run. Conversation is not made of long phrases only: a short reply ("yes", "I don't know") is a
 * phrase under {@value #MIN_CYCLE_SEC} s, a deeper breath taken before a long utterance has a longer inspiration, and
 * a belt's smoothed breath often stretches a quick inspiration past the fraction. So one breath that is not
 * speech-like between two that are does not end the run (as a pause of a few seconds does not end a walk); it is
 * not counted among the {@value #MIN_BREATHS}. Two such breaths in a row do end it: quiet breathing, or sobbing,
 * has resumed.
 */
public final class SpeechBreathingDetector {
    /** Inspiratory fraction (Ti/Ttot) below which a breath is speech-like: halfway between speech (0.1-0.2) and rest (about 0.4). */
    static final double MAX_INSPIRATORY_FRACTION = 0.25;
    /**
     * Median inspiratory fraction over a breath and its {@value #NEIGHBOURS} neighbours on either side below which the
     * breath is speech-like too. Quiet breathing keeps Ti/Ttot at 0.42 &plusmn; 0.03 (Tobin et al. 1983), and five breaths'
     * median on real belts stays at 0.29 or more (NeuroKit's resting and event-related recordings: 0.34 and up; drivedb's
     * drives: 1st percentile 0.32, lowest 0.25 in 1,400 breaths); a belt's smoothing and the deeper breaths a phrase
     * sometimes starts with lift single speech breaths over {@link #MAX_INSPIRATORY_FRACTION}, so that a talk whose
     * breaths are only half of them under it by themselves still shows as a run of low fractions.
     */
    static final double MAX_MEDIAN_INSPIRATORY_FRACTION = 0.30;
    /** Breaths on either side of a breath whose fractions join its median ({@link #MAX_MEDIAN_INSPIRATORY_FRACTION}). */
    static final int NEIGHBOURS = 2;
    /** Shortest speech-like cycle, seconds: a phrase is longer than a sob (0.8-2.2 s) or a laugh's burst. */
    static final double MIN_CYCLE_SEC = 2.5;
    /** Consecutive speech-like breaths that make a stretch of talking: a few phrases, some 15 s or more. */
    static final int MIN_BREATHS = 4;

    private SpeechBreathingDetector() {
    }

    /**
     * Speech stretches among {@code breaths} (in time order), from the first speech-like breath's onset to the
     * last one's end (the next onset), attributed to {@code label}.
     */
    public static List<BadInterval> detect(List<Breath> breaths, String label) {
        return BreathRuns.find(breaths, (i, cycle, runOpen) -> speechLike(breaths, i)
                        || runOpen && speechLike(breaths, i + 1),
                (from, to) -> speechLikeCount(breaths, from, to) >= MIN_BREATHS, label, QualityIssue.SPEECH);
    }

    /** Whether breath {@code i} is speech-like (false for the last breath, whose cycle is not known). */
    private static boolean speechLike(List<Breath> breaths, int i) {
        if (i + 1 >= breaths.size()) {
            return false;
        }
        double cycle = breaths.get(i + 1).onsetSec() - breaths.get(i).onsetSec();
        return cycle >= MIN_CYCLE_SEC
                && (inspiratoryFraction(breaths, i) < MAX_INSPIRATORY_FRACTION
                || medianFractionAround(breaths, i) < MAX_MEDIAN_INSPIRATORY_FRACTION);
    }

    /** Breath {@code i}'s inspiration as a share of its cycle (needs breath {@code i + 1}). */
    private static double inspiratoryFraction(List<Breath> breaths, int i) {
        Breath b = breaths.get(i);
        return (b.peakSec() - b.onsetSec()) / (breaths.get(i + 1).onsetSec() - b.onsetSec());
    }

    /** Median inspiratory fraction of the breaths within {@value #NEIGHBOURS} of breath {@code i} whose cycle is known. */
    private static double medianFractionAround(List<Breath> breaths, int i) {
        int from = Math.max(0, i - NEIGHBOURS);
        int to = Math.min(breaths.size() - 1, i + NEIGHBOURS + 1);
        double[] f = new double[to - from];
        for (int k = from; k < to; k++) {
            f[k - from] = inspiratoryFraction(breaths, k);
        }
        Arrays.sort(f);
        int n = f.length;
        return n % 2 == 1 ? f[n / 2] : (f[n / 2 - 1] + f[n / 2]) / 2;
    }

    private static int speechLikeCount(List<Breath> breaths, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += speechLike(breaths, i) ? 1 : 0;
        }
        return n;
    }
}
