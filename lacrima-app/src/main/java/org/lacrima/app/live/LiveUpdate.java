package org.lacrima.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;

/**
 * What the live page shows, pushed after new data was analysed. Times in seconds from the session start.
 *
 * @param receivedSec  end of the samples received so far
 * @param analysedSec  end of the analysis grid that is final (lags {@code receivedSec} by the stages' look-ahead)
 * @param phase        the phase word at {@code analysedSec}
 * @param trend        S, P and heart rate over the last 10 minutes, in 5-s steps (null where unknown)
 * @param baseline     the baseline the episodes are judged against, or that it is still being looked for
 * @param episodes     episodes decided so far, in time order; {@code open} while not yet ended
 * @param events       events and marks received so far
 * @param silent       channels the sender has left out for more than
 *                     {@link org.lacrima.core.analysis.LiveAnalyzer#STALLED_CHANNEL_SEC} (a sensor lost, a stream
 *                     stopped), which the analysis goes on without
 */
public record LiveUpdate(String type, double receivedSec, double analysedSec, String phase, Trend trend,
                         BaselineView baseline, List<EpisodeView> episodes, List<Event> events,
                         List<SilentChannel> silent) {
    static final double TREND_SEC = 600;
    static final double TREND_STEP_SEC = 5;

    /** One episode as the page lists it. */
    public record EpisodeView(double onsetSec, double peakSec, Double releaseSec, double endSec, String outcome,
                              boolean interrupted, boolean open) {
        static EpisodeView of(EpisodeTracker.TrackedEpisode t) {
            Episode e = t.episode();
            return new EpisodeView(e.onsetSec(), e.peakSec(), Double.isFinite(e.releaseSec()) ? e.releaseSec() : null,
                    e.endSec(), e.outcome().jsonName(), e.interrupted(), t.open());
        }
    }

    /**
     * The baseline as the page states it: {@code waiting} until a calm stretch was found (no S, P or episodes before),
     * {@code found} (the early calm stretch), {@code provisional} (the early minutes held none; the first found later
     * holds until the session ends, when the calmest stretch anywhere is taken) or {@code given} by the clinician.
     */
    public record BaselineView(String state, Double startSec, Double endSec) {
        static BaselineView of(Optional<Baseline> baseline, boolean provisional) {
            return baseline.map(b -> new BaselineView(!b.automatic() ? "given" : provisional ? "provisional" : "found",
                    b.startSec(), b.endSec())).orElse(new BaselineView("waiting", null, null));
        }
    }

    /** A channel without samples since {@code sinceSec} (0: none ever arrived). */
    public record SilentChannel(String label, double sinceSec) {
    }

    /** Means over {@value #TREND_STEP_SEC}-s steps from {@code startSec}. */
    public record Trend(double startSec, double stepSec, List<Double> s, List<Double> p, List<Double> hr) {
    }

    static LiveUpdate of(double receivedSec, SessionAnalysis analysis, double[] s, Phase phase, BaselineView baseline,
                         List<EpisodeTracker.TrackedEpisode> tracked, List<Event> events, List<SilentChannel> silent) {
        double analysedSec = s.length / org.lacrima.core.analysis.LiveAnalyzer.GRID_RATE_HZ;
        double start = Math.max(0, Math.floor((analysedSec - TREND_SEC) / TREND_STEP_SEC) * TREND_STEP_SEC);
        Trend trend = new Trend(start, TREND_STEP_SEC, steps(analysis.index(Index.S), start, analysedSec),
                steps(analysis.index(Index.P), start, analysedSec), steps(analysis.index(Index.HR), start, analysedSec));
        return new LiveUpdate("update", receivedSec, analysedSec, phase.word(), trend, baseline,
                tracked.stream().map(EpisodeView::of).toList(), List.copyOf(events), List.copyOf(silent));
    }

    private static List<Double> steps(Optional<RegularSeries> series, double startSec, double endSec) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; startSec + k * TREND_STEP_SEC < endSec; k++) {
            double from = startSec + k * TREND_STEP_SEC;
            out.add(series.map(r -> mean(r, from, from + TREND_STEP_SEC)).orElse(null));
        }
        return out;
    }

    private static Double mean(RegularSeries r, double from, double to) {
        int a = Math.max(0, (int) Math.ceil((from - r.startSec()) * r.rateHz()));
        int b = Math.min(r.length(), (int) Math.ceil((to - r.startSec()) * r.rateHz()));
        double sum = 0;
        int n = 0;
        for (int i = a; i < b; i++) {
            double v = r.values().get(i);
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
