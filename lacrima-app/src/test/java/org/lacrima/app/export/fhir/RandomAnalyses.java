package org.lacrima.app.export.fhir;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;

/** Seeded random analyses with awkward values: NaN, infinities, tiny and huge numbers, empty lists. */
final class RandomAnalyses {
    private RandomAnalyses() {
    }

    static SessionAnalysis of(long seed) {
        Random r = new Random(seed);
        double duration = 600 + r.nextDouble() * 3000;
        List<Episode> episodes = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            double onset = r.nextDouble() * duration;
            episodes.add(new Episode(onset, onset + 20 + r.nextDouble() * 100, r.nextBoolean() ? Double.NaN
                    : onset + 130 + r.nextDouble(), onset + 300 * r.nextDouble() + 200,
                    Outcome.values()[r.nextInt(3)], r.nextBoolean(), r.nextDouble(), metrics(r),
                    r.nextBoolean() ? List.of() : List.of("no respiration: irregularity not assessed", "ECG noisy")));
        }
        Optional<LocalDateTime> start = r.nextBoolean() ? Optional.empty()
                : Optional.of(LocalDateTime.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                r.nextInt(60)));
        String subject = r.nextBoolean() ? "" : "C-" + r.nextInt(1000);
        List<RegularSeries> indices = new ArrayList<>();
        for (String name : List.of("hr", "breathingRate", "scl")) {
            if (r.nextInt(4) > 0) {
                double[] v = new double[100];
                for (int i = 0; i < v.length; i++) {
                    v[i] = i % 7 == 0 ? Double.NaN : 10 + 60 * r.nextDouble();
                }
                indices.add(new RegularSeries(name, "x", 0, 4, Samples.wrap(v)));
            }
        }
        return new SessionAnalysis(new RecordingMetadata(start, "rec-" + seed + ".edf", subject), duration,
                List.of(new ChannelSummary("ECG I", ChannelType.ECG, "mV", 250, duration, 0.98, true),
                        new ChannelSummary("RR", ChannelType.RR, "s", Double.NaN, duration, 1, false)),
                List.of(), new Baseline(0, 120, true), episodes, indices, Markers.none(), List.of());
    }

    private static EpisodeMetrics metrics(Random r) {
        double[] v = new double[9];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (r.nextInt(8)) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> -1e-300 * r.nextDouble();
                case 3 -> 1e12 * r.nextDouble();
                default -> (r.nextDouble() - 0.3) * 100;
            };
        }
        List<String> used = r.nextBoolean() ? List.of() : List.of("EDA", "ECG");
        return new EpisodeMetrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], used);
    }
}
