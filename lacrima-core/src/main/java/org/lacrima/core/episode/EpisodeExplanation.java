package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-line reason for an episode's outcome, built only from the evidence the classifier actually
 * had (its metrics): "with vagal rebound" only when a rebound of at least {@code reboundMin} was measured,
 * "fast drop" only when the release drop reached {@code fastDropFraction}, "stayed at its top" with the
 * measured time at the top. The JSON output, the report, the web app and the CSV export all show this text.
 */
public final class EpisodeExplanation {
    private EpisodeExplanation() {
    }

    /** The explanation of {@code e} under the default thresholds. */
    public static String of(Episode e) {
        return of(e, DetectorSettings.defaults());
    }

    /** The explanation of {@code e}, e.g. "resolved — fast drop (80 % of the excess within a minute) with vagal rebound (P +1.2)". */
    public static String of(Episode e, DetectorSettings settings) {
        EpisodeMetrics m = e.metrics();
        List<String> parts = new ArrayList<>();
        switch (e.outcome()) {
            case RESOLVED -> {
                parts.add(fastDrop(m, settings) ? "fast drop (" + percent(m.releaseDropFraction())
                        + " of the excess within a minute)" : "drop");
                parts.add(rebound(m, settings));
            }
            case SUSTAINED -> parts.add(String.format(Locale.ROOT, "S stayed at its top for %s of the %s after the peak",
                    seconds(m.secondsAboveThreshold()), seconds(e.endSec() - e.peakSec()))
                    + heldPlateau(m)
                    + (Double.isFinite(m.vagalReboundSize()) && m.vagalReboundSize() < settings.reboundMin()
                    ? ", no vagal rebound" : ""));
            case SUBSIDED -> {
                if (fastDrop(m, settings) && e.interrupted()) {
                    // a fall after a calming intervention is read as the build-up cut short (OutcomeClassifier.Verdict)
                    parts.add("a drop (" + percent(m.releaseDropFraction())
                            + " of the excess within a minute) read as the build-up cut short, not a release");
                } else if (fastDrop(m, settings)) {
                    parts.add("a drop (" + percent(m.releaseDropFraction())
                            + " of the excess within a minute) that neither settled nor brought a vagal rebound");
                } else {
                    parts.add("eased off slowly"
                            + (Double.isFinite(m.releaseDropFraction())
                            ? " (" + percent(m.releaseDropFraction()) + " of the excess within a minute)" : "")
                            + drift(m) + " without a release");
                }
            }
            default -> throw new IllegalStateException(e.outcome().name());
        }
        String text = e.outcome().jsonName() + " — " + String.join(" ", parts);
        return e.interrupted() ? text + "; a calming intervention was marked during the build-up" : text;
    }

    /** Whether the metrics show a fast drop under these thresholds. */
    static boolean fastDrop(EpisodeMetrics m, DetectorSettings settings) {
        return m.releaseDropFraction() >= settings.fastDropFraction();
    }

    /**
     * The plateau the sustained call saw at the decision: its level held over the last wave, and not drifting down or,
     * where its wave median fell, the fall a sobbing dip; "" when the metrics show no held level.
     */
    private static String heldPlateau(EpisodeMetrics m) {
        if (!(m.plateauHeldFraction() >= OutcomeClassifier.HIGH_FRACTION)) {
            return "";
        }
        String held = ", holding " + percent(m.plateauHeldFraction()) + " of its excess over the last 90 s";
        // the classifier calls a fall from the wave before sustained only while the breath still sobs
        return held + (driftsDown(m) ? "; its fall of " + percent(m.driftPerWave())
                + " from the wave before was a sobbing dip (the breath still sobbing)" : " without drifting down");
    }

    /** Whether the metrics show S drifting down at the decision. */
    static boolean driftsDown(EpisodeMetrics m) {
        return m.driftPerWave() > OutcomeClassifier.DRIFT_PER_WAVE;
    }

    /** The plateau evidence of a decline: drifting down, or no longer at its top; "" when the metrics show neither. */
    private static String drift(EpisodeMetrics m) {
        if (driftsDown(m)) {
            return ", drifting down " + percent(m.driftPerWave()) + " of what was left of the excess per 90 s";
        }
        if (m.plateauHeldFraction() < OutcomeClassifier.HIGH_FRACTION) {
            return ", down to " + percent(Math.max(0, m.plateauHeldFraction())) + " of its excess";
        }
        return "";
    }

    private static String rebound(EpisodeMetrics m, DetectorSettings settings) {
        if (!Double.isFinite(m.vagalReboundSize())) {
            return "and settling (vagal rebound not assessed)";
        }
        if (m.vagalReboundSize() >= settings.reboundMin()) {
            return String.format(Locale.ROOT, "with vagal rebound (P +%.1f)", m.vagalReboundSize());
        }
        return "and settling, without a clear vagal rebound";
    }

    private static String percent(double fraction) {
        return Math.round(100 * fraction) + " %";
    }

    private static String seconds(double sec) {
        return Double.isFinite(sec) ? Math.round(sec) + " s" : "–";
    }
}
