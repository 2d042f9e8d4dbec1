package org.lacrima.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.model.Event;

/**
 * What the session page draws: the analysis with its indices thinned to a size a browser plots at
 * once. Values that could not be computed are null (JSON has no NaN). Times in seconds from the
 * recording start.
 */
public record AnalysisDocument(double durationSec, Baseline baseline, List<Channel> channels, List<String> warnings,
                               List<EventMark> events, List<EpisodeView> episodes, List<Series> series) {
    /** At most this many points per plotted series (an hour at 4 Hz is 14 400). */
    static final int MAX_POINTS = 3600;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Builds the document of an analysis. */
    public static AnalysisDocument of(SessionAnalysis a) {
        List<Channel> channels = a.channels().stream().map(Channel::of).toList();
        List<EventMark> events = a.events().stream().map(EventMark::of).toList();
        int[] spells = Spell.numbers(a.spells(), a.episodes().size());
        List<EpisodeView> episodes = new ArrayList<>();
        for (int i = 0; i < a.episodes().size(); i++) {
            episodes.add(EpisodeView.of(a.episodes().get(i), spells[i]));
        }
        List<Series> series = a.indices().stream().map(s -> Series.thinned(s, MAX_POINTS)).toList();
        var b = a.baseline();
        return new AnalysisDocument(a.durationSec(), new Baseline(nullable(b.startSec()), nullable(b.endSec()),
                b.automatic()), channels, a.warnings(), events, episodes, series);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis document not serialisable", e);
        }
    }

    static Double nullable(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The calm stretch the indices are relative to. */
    public record Baseline(Double startSec, Double endSec, boolean automatic) {
    }

    /** A channel of the recording and whether the analysis used it. */
    public record Channel(String label, String type, String unit, Double rateHz, Double durationSec,
                         Double goodFraction, boolean used) {
        static Channel of(ChannelSummary c) {
            return new Channel(c.label(), c.type().name(), c.unit(), nullable(c.rateHz()), nullable(c.durationSec()),
                    nullable(c.goodFraction()), c.used());
        }
    }

    /** An event the analysis considered (from the file, the events CSV or marked in the app). */
    public record EventMark(double onsetSec, double durationSec, String label) {
        static EventMark of(Event e) {
            return new EventMark(e.onsetSec(), e.durationSec(), e.label());
        }
    }

    /**
     * An episode with the evidence behind its outcome, the sentence that states it ({@link EpisodeExplanation}),
     * its spell number and what limited it.
     */
    public record EpisodeView(Double onsetSec, Double peakSec, Double releaseSec, Double endSec, String outcome,
                              boolean interrupted, Double confidence, Metrics metrics, List<String> warnings,
                              String explanation, int spell) {
        static EpisodeView of(Episode e, int spell) {
            return new EpisodeView(nullable(e.onsetSec()), nullable(e.peakSec()), nullable(e.releaseSec()),
                    nullable(e.endSec()), e.outcome().jsonName(), e.interrupted(), nullable(e.confidence()),
                    Metrics.of(e.metrics()), e.warnings(), EpisodeExplanation.of(e), spell);
        }
    }

    /** {@link EpisodeMetrics} with nulls for what could not be assessed. */
    public record Metrics(Double buildUpSec, Double peakS, Double excessGoneFraction60s, Double halfRecoverySec,
                          Double vagalReboundSize, Double vagalReboundLatencySec, Double postMinusPreLevel,
                          Double secondsAboveThreshold, Double breathingIrregularityAtPeak,
                          List<String> channelsUsed, Double releaseDropFraction) {
        static Metrics of(EpisodeMetrics m) {
            return new Metrics(nullable(m.buildUpSec()), nullable(m.peakS()), nullable(m.excessGoneFraction60s()),
                    nullable(m.halfRecoverySec()), nullable(m.vagalReboundSize()),
                    nullable(m.vagalReboundLatencySec()), nullable(m.postMinusPreLevel()),
                    nullable(m.secondsAboveThreshold()), nullable(m.breathingIrregularityAtPeak()), m.channelsUsed(),
                    nullable(m.releaseDropFraction()));
        }
    }

    /** A derived index on a regular grid: value {@code i} is at {@code startSec + i / rateHz}. */
    public record Series(String name, String unit, double startSec, double rateHz, List<Double> values) {
        /** Averages consecutive values (ignoring gaps) so that at most {@code maxPoints} remain. */
        static Series thinned(RegularSeries s, int maxPoints) {
            int n = s.length();
            int step = Math.max(1, (n + maxPoints - 1) / maxPoints);
            List<Double> values = new ArrayList<>((n + step - 1) / step);
            for (int from = 0; from < n; from += step) {
                int to = Math.min(n, from + step);
                double sum = 0;
                int count = 0;
                for (int i = from; i < to; i++) {
                    double v = s.values().get(i);
                    if (Double.isFinite(v)) {
                        sum += v;
                        count++;
                    }
                }
                values.add(count == 0 ? null : sum / count);
            }
            // A bin's mean belongs to the middle of the bin.
            double startSec = s.startSec() + (step - 1) / (2.0 * s.rateHz());
            return new Series(s.name(), s.unit(), startSec, s.rateHz() / step, values);
        }
    }
}
