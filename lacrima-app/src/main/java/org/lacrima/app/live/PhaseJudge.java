package org.lacrima.app.live;

import java.util.List;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.episode.Outcome;

/**
 * Names the current phase from what the live analysis has settled so far. An episode whose outcome is
 * decided but which has not ended says it directly (sustained: staying high; past its release or
 * subsiding: releasing; else peak). Before the detector has decided, the sympathetic axis S (z units
 * against the session baseline) tells building (high and still climbing) from peak (high, levelled) and
 * calm; the thresholds are the detector's own entry thresholds. Before S exists (no baseline yet) it is
 * finding the baseline; when S has had no value for the last 10 s since (indices left out, a dropout) there is no
 * reading.
 */
public final class PhaseJudge {
    /** Seconds over which "still climbing" and "recent low" are judged. */
    static final double CLIMB_WINDOW_SEC = 60;
    static final double LOW_WINDOW_SEC = 300;
    /** A climb of at least this fraction of the detector's entry rise within the climb window is building. */
    static final double CLIMB_FRACTION = 0.15;

    private final DetectorSettings settings;

    public PhaseJudge(DetectorSettings settings) {
        this.settings = settings;
    }

    /**
     * @param tracked episodes decided so far (the last may be open)
     * @param s       S on the analysis grid, oldest first, NaN where unknown
     * @param rateHz  grid rate of {@code s}
     */
    public Phase judge(List<EpisodeTracker.TrackedEpisode> tracked, double[] s, double rateHz) {
        double now = s.length / rateHz;
        if (!tracked.isEmpty() && tracked.get(tracked.size() - 1).open()) {
            Episode e = tracked.get(tracked.size() - 1).episode();
            if (e.outcome() == Outcome.SUSTAINED) {
                return Phase.STAYING_HIGH;
            }
            if (e.outcome() == Outcome.SUBSIDED || (Double.isFinite(e.releaseSec()) && now >= e.releaseSec())) {
                return Phase.RELEASING;
            }
            return Phase.PEAK;
        }
        if (!Double.isFinite(lastFinite(s, 0, s.length))) {
            return Phase.FINDING_BASELINE;
        }
        double current = lastFinite(s, s.length - (int) Math.round(10 * rateHz), s.length);
        if (!Double.isFinite(current)) {
            return Phase.NO_READING;
        }
        if (current < settings.absoluteEnter()) {
            return Phase.CALM;
        }
        double low = min(s, s.length - (int) Math.round(LOW_WINDOW_SEC * rateHz), s.length);
        double minuteAgo = lastFinite(s, s.length - (int) Math.round((CLIMB_WINDOW_SEC + 10) * rateHz),
                s.length - (int) Math.round(CLIMB_WINDOW_SEC * rateHz));
        if (current - low < settings.riseEnter() * settings.riseKeepFraction()) {
            return Phase.CALM;
        }
        boolean climbing = !Double.isFinite(minuteAgo)
                || current - minuteAgo >= CLIMB_FRACTION * settings.riseEnter();
        return climbing ? Phase.BUILDING : Phase.PEAK;
    }

    private static double lastFinite(double[] s, int from, int to) {
        for (int i = Math.min(to, s.length) - 1; i >= Math.max(0, from); i--) {
            if (Double.isFinite(s[i])) {
                return s[i];
            }
        }
        return Double.NaN;
    }

    private static double min(double[] s, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = Math.max(0, from); i < to; i++) {
            if (Double.isFinite(s[i])) {
                m = Math.min(m, s[i]);
            }
        }
        return m;
    }
}
