package org.lacrima.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.grid.GridBuffer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;

/** Builds the {@link SessionAnalysis} a {@link LiveAnalyzer} has reached. */
final class SessionAnalysisAssembler {

    private SessionAnalysisAssembler() {
    }

    static SessionAnalysis assemble(LiveAnalyzer live) {
        double duration = 0;
        List<ChannelSummary> channels = new ArrayList<>();
        for (Map.Entry<String, ChannelBuffer> e : live.buffers().entrySet()) {
            ChannelBuffer buffer = e.getValue();
            Channel c = buffer.first();
            double end = buffer.endSec();
            duration = Math.max(duration, end);
            channels.add(new ChannelSummary(c.label(), c.type(), c.unit(), c.rateHz(), end - firstTime(c),
                    live.quality(e.getKey()).goodFraction(buffer, firstTime(c), end, live.motion()), live.used(c)));
        }
        List<RegularSeries> indices = new ArrayList<>();
        live.indices().forEach((key, values) -> indices.add(series(live.kind(key), values)));
        live.detector().axes().ifPresent(axes -> {
            indices.add(axisSeries(Index.S, axes, true));
            indices.add(axisSeries(Index.P, axes, false));
        });
        Baseline baseline = live.detector().baseline().orElse(new Baseline(Double.NaN, Double.NaN, true));
        List<String> warnings = new ArrayList<>();
        if (live.selection() != null) {
            warnings.addAll(EvidenceReport.warnings(live.selection(), live.detector()));
        }
        warnings.addAll(live.stageWarnings());
        List<Episode> episodes = live.detector().episodes();
        // HRV once the session is complete: its frequency domain costs tens of milliseconds per hour, too much per live update
        SessionHrv hrv = live.finished() ? SessionHrv.of(live.normalIntervals(), duration, episodes) : SessionHrv.NONE;
        return new SessionAnalysis(live.metadata(), duration, channels, live.events(), baseline, episodes, indices,
                live.options().markers() ? live.markers().markers() : Markers.none(), warnings, hrv,
                live.detector().dropped());
    }

    private static RegularSeries series(Index index, GridBuffer values) {
        return index.series(0, LiveAnalyzer.GRID_RATE_HZ, values.snapshot());
    }

    private static RegularSeries axisSeries(Index axis, AxisHistory axes, boolean sympathetic) {
        GridBuffer values = new GridBuffer();
        for (int k = 0; k < axes.length(); k++) {
            values.add(sympathetic ? axes.s(k) : axes.p(k));
        }
        return series(axis, values);
    }

    private static double firstTime(Channel c) {
        return c.length() == 0 ? c.startOffsetSec() : c.timeOfSec(0);
    }
}
