package org.lacrima.app.report;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.episode.EpisodeMetrics;

/**
 * The evidence behind an episode's outcome in one or two plain sentences, built only from the
 * metrics that could be assessed, so a reader sees why the call was made without a metrics glossary.
 */
final class EpisodeEvidence {

    private EpisodeEvidence() {
    }

    /** A short description of what the body showed in {@code episode}. */
    static String describe(Episode episode) {
        EpisodeMetrics m = episode.metrics();
        List<String> parts = new ArrayList<>();
        if (Double.isFinite(m.buildUpSec())) {
            parts.add("Build-up of " + DisplayFormat.duration(m.buildUpSec())
                    + (Double.isFinite(m.peakS()) ? " to S " + DisplayFormat.number(m.peakS(), 1) : ""));
        }
        if (Double.isFinite(m.excessGoneFraction60s())) {
            parts.add(DisplayFormat.percent(m.excessGoneFraction60s()) + " of the excess gone 60 s after the peak");
        }
        if (Double.isFinite(m.halfRecoverySec())) {
            parts.add("half recovered after " + DisplayFormat.duration(m.halfRecoverySec()));
        }
        if (Double.isFinite(m.vagalReboundSize())) {
            parts.add(m.vagalReboundSize() > 0
                    ? "P rose " + DisplayFormat.number(m.vagalReboundSize(), 1) + " above its pre-episode level"
                    + (Double.isFinite(m.vagalReboundLatencySec())
                    ? " (" + DisplayFormat.duration(m.vagalReboundLatencySec()) + " after the peak)" : "")
                    : "no vagal rebound (P " + DisplayFormat.number(m.vagalReboundSize(), 1) + ")");
        }
        if (Double.isFinite(m.secondsAboveThreshold()) && m.secondsAboveThreshold() >= 60) {
            parts.add("S at its top (75 % of the excess or more) for " + DisplayFormat.duration(m.secondsAboveThreshold())
                    + " after the peak");
        }
        if (Double.isFinite(m.postMinusPreLevel())) {
            parts.add("settled " + DisplayFormat.number(Math.abs(m.postMinusPreLevel()), 1)
                    + (m.postMinusPreLevel() > 0 ? " above" : " below") + " the pre-episode level");
        }
        String why = capitalise(EpisodeExplanation.of(episode)) + ".";
        return parts.isEmpty() ? why + " No metric could be assessed." : why + " " + capitalise(String.join("; ", parts)) + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
