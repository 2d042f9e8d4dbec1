package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how a confirmed build-up ended, from the axes up to the decision point, and collects the
 * evidence (DESIGN.md section 1): a fast drop (about half the excess gone within a minute), a vagal
 * rebound (P rising over its pre-episode level) and where S settles make it {@code resolved}; S still
 * over half its excess minutes after the peak makes it {@code sustained}; a slow decline without fast
 * drop or rebound makes it {@code subsided}.
 */
public final class OutcomeClassifier {
    private final DetectorSettings settings;

    /** A classifier using these thresholds. */
    public OutcomeClassifier(DetectorSettings settings) {
        this.settings = settings;
    }

    /**
     * The verdict on an episode.
     *
     * @param outcome        the outcome
     * @param releaseIndex   grid index of the start of the fast drop, or -1 when there was none
     * @param halfIndex      grid index where half the excess was gone, or -1
     * @param metrics        the evidence (channels used left empty; the caller knows them)
     * @param confidence     0..1
     * @param warnings       what limited the call
     */
    public record Verdict(Outcome outcome, int releaseIndex, int halfIndex, EpisodeMetrics metrics, double confidence,
                          List<String> warnings) {
    }

    /**
     * Classifies the episode with onset {@code onset}, peak {@code peak} and maximum {@code top} (grid
     * indices) from the history up to grid index {@code now} (exclusive); {@code preLevel} is S before the onset.
     *
     * @param truncated whether the recording ended before the normal decision point
     */
    public Verdict classify(AxisHistory h, int onset, int peak, int top, int now, double preLevel, boolean truncated,
                            List<String> channelsUsed) {
        double peakS = h.s(top);
        double excess = Math.max(peakS - preLevel, 1e-9);
        int halfIndex = firstAtOrBelow(h, peak, now, preLevel + 0.5 * excess);
        int at60 = peak + h.samples(60);
        double s60 = at60 < now ? h.s.mean(at60 - h.samples(2), at60 + h.samples(2) + 1) : Double.NaN;
        double gone60 = (peakS - s60) / excess;
        if (!Double.isFinite(gone60) && halfIndex >= 0 && halfIndex <= at60) {
            gone60 = 0.5;
        }
        double pPre = h.p.median(onset - h.samples(settings.preWindowSec()), onset + 1);
        int reboundEnd = Math.min(now, peak + h.samples(settings.reboundWindowSec()));
        int pMax = h.p.argMax(peak, reboundEnd);
        double rebound = pMax >= 0 ? h.p.get(pMax) - pPre : Double.NaN;
        double reboundLatency = pMax >= 0 && Double.isFinite(rebound) ? (pMax - peak) / h.rateHz() : Double.NaN;
        double post = h.s.median(peak + h.samples(90), Math.min(now, peak + h.samples(settings.decisionSec())));
        double postMinusPre = post - preLevel;
        double secondsHigh = (halfIndex >= 0 ? halfIndex - peak : now - peak) / h.rateHz();
        double irregular = h.irregularity.median(peak - h.samples(30), peak + h.samples(30) + 1);

        List<String> warnings = new ArrayList<>();
        boolean stillHigh = halfIndex < 0;
        Boolean reboundSeen = Double.isFinite(rebound) ? rebound >= settings.reboundMin() : null;
        if (reboundSeen == null) {
            warnings.add("no parasympathetic evidence (no usable ECG, RR or PPG): vagal rebound not assessed, "
                    + "resolved versus subsided judged from the drop and the settling alone");
        }
        // Three signs of a release, each allowed to fail once: the processing chain smears a fast drop by
        // tens of seconds, and a rebound can be masked by breathing changes.
        int signs = 0;
        int assessed = 0;
        boolean fastDrop = gone60 >= settings.fastDropFraction();
        signs += fastDrop ? 1 : 0;
        assessed++;
        if (Double.isFinite(postMinusPre)) {
            signs += postMinusPre <= settings.endFraction() * excess ? 1 : 0;
            assessed++;
        }
        if (reboundSeen != null) {
            signs += reboundSeen ? 1 : 0;
            assessed++;
        }
        Outcome outcome;
        int release = -1;
        if (stillHigh && !truncated) {
            // The tracker only decides an episode still over half its excess once it has stayed at its
            // top for sustainedSec, or kept escalating.
            outcome = Outcome.SUSTAINED;
        } else if (stillHigh) {
            outcome = Outcome.SUSTAINED;
            warnings.add("the recording ended " + Math.round((now - peak) / h.rateHz())
                    + " s after the peak with arousal still high: sustained is provisional");
        } else if (fastDrop && signs >= Math.max(2, assessed - 1)) {
            outcome = Outcome.RESOLVED;
            if (Boolean.FALSE.equals(reboundSeen)) {
                warnings.add("fast drop and settling without a clear vagal rebound");
            }
        } else {
            outcome = Outcome.SUBSIDED;
        }
        if (outcome == Outcome.RESOLVED) {
            release = releaseStart(h, peak, halfIndex >= 0 ? halfIndex : now - 1, excess);
        }
        double quality = h.sQuality.mean(onset, now);
        double margin = switch (outcome) {
            case SUSTAINED -> 1.0;
            case RESOLVED -> (double) signs / assessed;
            case SUBSIDED -> 1.0 - (double) signs / assessed / 2;
        };
        double evidence = reboundSeen == null ? 0.7 : 1.0;
        double confidence = clamp01((Double.isFinite(quality) ? quality : 0) * (Double.isFinite(margin) ? margin : 0.5)
                * evidence * (truncated ? 0.7 : 1.0));
        if (Double.isFinite(quality) && quality < 0.5) {
            warnings.add("signal quality was low during the episode");
        }
        EpisodeMetrics metrics = new EpisodeMetrics((peak - onset) / h.rateHz(), peakS, gone60,
                halfIndex >= 0 ? (halfIndex - peak) / h.rateHz() : Double.NaN, rebound, reboundLatency, postMinusPre,
                secondsHigh, irregular, channelsUsed);
        return new Verdict(outcome, release, halfIndex, metrics, confidence, warnings);
    }

    /** The start of the fast drop: the last point after the peak still within 10 % of the excess of it. */
    private static int releaseStart(AxisHistory h, int peak, int until, double excess) {
        int release = peak;
        for (int k = peak; k <= until; k++) {
            if (h.s(k) >= h.s(peak) - 0.1 * excess) {
                release = k;
            }
        }
        return release;
    }

    private static int firstAtOrBelow(AxisHistory h, int from, int to, double level) {
        for (int k = from; k < to; k++) {
            if (h.s(k) <= level) {
                return k;
            }
        }
        return -1;
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
