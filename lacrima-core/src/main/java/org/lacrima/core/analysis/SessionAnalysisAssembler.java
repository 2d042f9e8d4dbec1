package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.quality.SignalQualityAssessor;

/** Builds the {@link SessionAnalysis} a {@link LiveAnalyzer} has reached. */
final class SessionAnalysisAssembler {
    private static final Map<String, String> UNITS = Map.of("hr", "bpm", "rsa", "ln(ms^2)", "scl", "uS",
            "scrRate", "1/min", "scrAmplitude", "uS", "breathingRate", "1/min", "irregularity", "1");

    /** Judges each whole channel (flat line, clipping, dropout, implausible values) for its usable fraction. */
    private static final SignalQualityAssessor QUALITY = new SignalQualityAssessor();
    private static final double QUALITY_STRETCH_SEC = 300;

    private SessionAnalysisAssembler() {
    }

    static SessionAnalysis assemble(LiveAnalyzer live) {
        double duration = 0;
        List<ChannelSummary> channels = new ArrayList<>();
        for (ChannelBuffer buffer : live.buffers().values()) {
            Channel c = buffer.first();
            double end = buffer.endSec();
            duration = Math.max(duration, end);
            channels.add(new ChannelSummary(c.label(), c.type(), c.unit(), c.rateHz(), end - firstTime(c),
                    goodFraction(buffer, firstTime(c), end, live.motion()), live.selection() != null && live.selection().uses(c)));
        }
        List<RegularSeries> indices = new ArrayList<>();
        live.indices().forEach((name, values) -> indices.add(series(name, UNITS.getOrDefault(name, ""), values)));
        live.detector().axes().ifPresent(axes -> {
            indices.add(axisSeries("S", axes, true));
            indices.add(axisSeries("P", axes, false));
        });
        Baseline baseline = live.detector().baseline().orElse(new Baseline(Double.NaN, Double.NaN, true));
        List<String> warnings = new ArrayList<>();
        if (live.selection() != null) {
            warnings.addAll(EvidenceReport.warnings(live.selection(), live.detector()));
        }
        warnings.addAll(live.stageWarnings());
        return new SessionAnalysis(live.metadata(), duration, channels, live.events(), baseline,
                live.detector().episodes(), indices, live.options().markers() ? live.markers().markers() : Markers.none(),
                warnings);
    }

    private static RegularSeries series(String name, String unit, GridBuffer values) {
        return new RegularSeries(name, unit, 0, LiveAnalyzer.GRID_RATE_HZ, values.snapshot());
    }

    private static RegularSeries axisSeries(String name, AxisHistory axes, boolean sympathetic) {
        GridBuffer values = new GridBuffer();
        for (int k = 0; k < axes.length(); k++) {
            values.add(sympathetic ? axes.s(k) : axes.p(k));
        }
        return series(name, "z", values);
    }

    /**
     * The usable fraction of a whole channel (movement included where it corrupts the channel), judged in stretches of {@value #QUALITY_STRETCH_SEC} s so
     * that an hour of 500 Hz ECG is never copied whole for it (the assessor works on a copy of its input;
     * a whole-channel copy raised the analysis's peak heap above 8x the raw samples). A flat line cut at
     * a stretch border may be missed by at most its minimum length; negligible for a summary.
     */
    private static double goodFraction(ChannelBuffer buffer, double startSec, double endSec, MotionFeed motion) {
        double span = endSec - startSec;
        // equal stretches of at least QUALITY_STRETCH_SEC, so none is judged "too short" on its own
        int stretches = (int) Math.max(1, Math.floor(span / QUALITY_STRETCH_SEC));
        if (!(span > 0) || stretches == 1) {
            return judge(buffer, startSec, endSec, motion);
        }
        double good = 0;
        for (int k = 0; k < stretches; k++) {
            double from = startSec + span * k / stretches;
            double to = k == stretches - 1 ? endSec : startSec + span * (k + 1) / stretches;
            good += judge(buffer, from, to, motion) * (to - from);
        }
        return good / span;
    }

    private static double judge(ChannelBuffer buffer, double fromSec, double toSec, MotionFeed motion) {
        Channel part = buffer.window(fromSec, toSec);
        return QUALITY.assess(part).with(MotionFeed.corrupted(part.type(), motion.moving(fromSec, toSec), part.label(),
                fromSec)).goodFraction();
    }

    private static double firstTime(Channel c) {
        return c.length() == 0 ? c.startOffsetSec() : c.timeOfSec(0);
    }
}
