package org.lacrima.core.episode;

/**
 * Whether a rise confirmed on the brief path (held 20 s with two channels agreeing) and lacking the whole S-P
 * sequence of a release was nonetheless a build-up of crying: one cut short, that eased off slowly.
 *
 * <p>Everything else that lifts S briefly is transient: a skin conductance response burst is over within 10-30 s, a
 * startle's cardiac defence response within about 10 s, a laugh within 5-20 s, an orienting response within seconds.
 * Each loses most of its excess within a minute of its top, and without a vagal rebound it is rightly no episode.
 * A build-up that stops short of tears drifts down over minutes instead (half its excess gone after 1.5-5 min,
 * DESIGN.md section 1; issue 19): arousal that lingers is no blip. So a brief-path bout is kept when no minute after
 * its top lost a fast drop's share of the excess ({@code fastDropFraction}, the release criterion), judged only once
 * every such minute has been seen, and when S stood out by a bout's rise over its own pre-onset level (an entry rise;
 * for a spell's follow-on bout, the rise its channels witness). Its outcome is then subsided (or sustained): without a
 * fast drop it cannot be a release.
 */
final class CutShortBuildUp {
    /** The release is looked for from the peak to a minute after the maximum, each start judged over the minute after it. */
    private static final double WHOLE_RELEASE_WINDOW_SEC = 120;

    private CutShortBuildUp() {
    }

    /**
     * @param h        the axes
     * @param verdict  the classifier's verdict on the bout, decided at grid index {@code now} (exclusive)
     * @param top      grid index of S's maximum
     * @param now      decision point (exclusive)
     * @param stoodOut whether S stood out at its top by a bout's rise over its pre-onset level (an entry rise, or a
     *                 spell's follow-on bout witnessed by its channels: {@code EpisodeTracker#stoodOut})
     * @param settings thresholds ({@code fastDropFraction})
     */
    static boolean easedOffSlowly(AxisHistory h, OutcomeClassifier.Verdict verdict, int top, int now, boolean stoodOut,
                                  DetectorSettings settings) {
        double drop = verdict.metrics().releaseDropFraction();
        return now - top >= h.samples(WHOLE_RELEASE_WINDOW_SEC) && Double.isFinite(drop)
                && drop < settings.fastDropFraction() && stoodOut;
    }
}
