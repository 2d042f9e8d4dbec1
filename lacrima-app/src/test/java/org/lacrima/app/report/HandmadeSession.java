package org.lacrima.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;

/**
 * A small session whose analysis is written down by hand (two episodes, every index), for testing
 * the outputs independently of the analysis pipeline.
 */
public final class HandmadeSession {
    public static final double DURATION_SEC = 1200;

    private HandmadeSession() {
    }

    public static Recording recording(long seed) {
        Random random = new Random(seed);
        double ecgRate = 250;
        double[] ecg = new double[(int) (DURATION_SEC * ecgRate)];
        for (int i = 0; i < ecg.length; i++) {
            double phase = (i / ecgRate) % 0.8;
            ecg[i] = Math.exp(-Math.pow((phase - 0.3) / 0.012, 2)) * 1.2 - 0.1 * Math.exp(-Math.pow((phase - 0.5) / 0.05, 2))
                    + 0.02 * random.nextGaussian();
        }
        double[] eda = new double[(int) (DURATION_SEC * 32)];
        for (int i = 0; i < eda.length; i++) {
            eda[i] = 3 + sympathetic(i / 32.0) * 0.8 + 0.01 * random.nextGaussian();
        }
        double[] rsp = new double[(int) (DURATION_SEC * 50)];
        for (int i = 0; i < rsp.length; i++) {
            rsp[i] = Math.sin(2 * Math.PI * 0.25 * i / 50.0) + 0.05 * random.nextGaussian();
        }
        return new Recording(RecordingMetadata.of("handmade <session>.edf"),
                List.of(Channel.regular("ECG I", ChannelType.ECG, "mV", ecgRate, 0, Samples.wrap(ecg)),
                        Channel.regular("EDA", ChannelType.EDA, "uS", 32, 0, Samples.wrap(eda)),
                        Channel.regular("Resp", ChannelType.RSP, "a.u.", 50, 0, Samples.wrap(rsp))),
                List.of(Event.at(700, "calming intervention"), Event.at(150, "topic: mother")));
    }

    /** S for the two scripted episodes: resolved 300..520 s, subsided 600..900 s. */
    static double sympathetic(double t) {
        if (t > 300 && t < 420) {
            return 3 * Math.pow((t - 300) / 120, 2);
        }
        if (t >= 420 && t < 520) {
            return 3 * Math.exp(-(t - 420) / 25);
        }
        if (t > 600 && t < 700) {
            return 1.5 * (t - 600) / 100;
        }
        if (t >= 700 && t < 900) {
            return 1.5 * (1 - (t - 700) / 250);
        }
        return 0;
    }

    public static SessionAnalysis analysis(Recording recording) {
        int n = (int) (DURATION_SEC * 4);
        double[] s = new double[n];
        double[] p = new double[n];
        double[] hr = new double[n];
        double[] rsa = new double[n];
        double[] scl = new double[n];
        double[] br = new double[n];
        double[] irr = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / 4.0;
            s[i] = sympathetic(t);
            p[i] = t > 430 && t < 560 ? 1.2 : -0.4 * s[i];
            hr[i] = 70 + 8 * s[i];
            rsa[i] = 60 - 10 * s[i] + 15 * Math.max(0, p[i]);
            scl[i] = 3 + 0.8 * s[i];
            br[i] = 14 + 3 * s[i];
            irr[i] = 0.1 + 0.2 * s[i];
        }
        for (int i = 1000; i < 1040; i++) {
            hr[i] = Double.NaN; // a bad stretch, shown as a gap
        }
        List<RegularSeries> indices = List.of(series("S", "z", s), series("P", "z", p), series("hr", "bpm", hr),
                series("rsa", "ms", rsa), series("scl", "uS", scl), series("breathingRate", "1/min", br),
                series("irregularity", "", irr));
        List<Episode> episodes = List.of(
                new Episode(300, 420, 421, 520, Outcome.RESOLVED, false, 0.86,
                        new EpisodeMetrics(120, 3.0, 0.91, 17, 1.6, 25, -0.2, 40, 0.7, List.of("ECG", "EDA", "RSP"))),
                new Episode(600, 700, Double.NaN, 900, Outcome.SUBSIDED, true, 0.64,
                        new EpisodeMetrics(100, 1.5, 0.22, 150, Double.NaN, Double.NaN, 0.3, 20, Double.NaN,
                                List.of("ECG", "EDA"))));
        List<Scr> scrs = new ArrayList<>();
        for (double t = 310; t < 420; t += 9) {
            scrs.add(new Scr(t - 2, t, 0.05 + (t - 300) / 400, 2, 5));
        }
        List<ChannelSummary> channels = recording.channels().stream()
                .map(c -> new ChannelSummary(c.label(), c.type(), c.unit(), c.rateHz(), c.endSec(), 0.97, true)).toList();
        return new SessionAnalysis(recording.metadata(), DURATION_SEC, channels, recording.events(),
                new Baseline(30, 210, true), episodes, indices,
                new Markers(Samples.empty(), Samples.empty(), scrs, Samples.empty()),
                List.of("No PPG channel: pulse-based checks were skipped.", "Heart rate gap 250–260 s <ECG noise>."));
    }

    private static RegularSeries series(String name, String unit, double[] values) {
        return new RegularSeries(name, unit, 0, 4, Samples.wrap(values));
    }
}
