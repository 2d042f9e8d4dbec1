package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.analysis.AxesProbe;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.AxisPeek;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: what S and P did around every missed bout of the widened
 * suite's sessions with episodes, to group the misses by cause before changing the detector. Per bout: device,
 * build-up, amplitude, rise shape, rebound kind, outcome and gap; S's pre-onset level (median of the minute before
 * the true onset), its 5-minute low, its top near the true peak, each channel's own rise, S a minute after the top
 * and the seconds it stood 2 z over its pre-onset level; P's withdrawal during the build-up and its held rebound
 * (best 30 s median within 3 minutes of the peak, also against the resting level); the detections nearby, and the
 * candidates the tracker turned down over the bout with the check each failed; a missed bout's line names its cause (the
 * check that dropped a candidate over it, else a detection of another bout spanning its peak, else never a candidate).
 * {@code -Dlacrima.probe.only=TEXT} keeps the sessions whose name contains TEXT, {@code -Dlacrima.probe.all=true}
 * prints the found bouts too, {@code -Dlacrima.probe.trace=true} the confounders near each bout and a 5-s
 * trace of the axes around it.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class MissedBoutProbeTest {
    @Test
    void printMissedBouts() {
        WidenedSuite.printProbes(WidenedSuite.cases(26, 4, 0), MissedBoutProbeTest::probe);
    }

    private static String probe(WidenedSuite.Case c) {
        ProbedSession probed = ProbedSession.of(c);
        SimulatedSession session = probed.session();
        AxesProbe.Probe probe = probed.probe();
        BoutScore score = probed.score();
        List<TrueEpisode> truth = session.truth().episodes();
        StringBuilder sb = new StringBuilder();
        AxisHistory h = probe.axes();
        for (int t = 0; t < score.matches.size(); t++) {
            BoutScore.Match m = score.matches.get(t);
            if (m.detected() && !Boolean.getBoolean("lacrima.probe.all")) {
                continue;
            }
            TrueEpisode e = m.truth();
            double on = e.onsetSec();
            double pk = e.peakSec();
            double pre = AxisPeek.sMedian(h, on - 60, on);
            double low5 = h.s(AxisPeek.sArgMin(h, on - 300, on));
            int top = AxisPeek.sArgMax(h, on, pk + 40);
            double sTop = h.s(top);
            double topSec = h.timeSec(top);
            StringBuilder ch = new StringBuilder();
            for (int k = 0; k < h.channels().size(); k++) {
                double cpre = AxisPeek.channelMedian(h, k, on - 60, on);
                double cmax = Double.NEGATIVE_INFINITY;
                for (double x = on; x <= pk + 30; x += 1) {
                    cmax = Math.max(cmax, AxisPeek.channelMedian(h, k, x - 5, x + 5));
                }
                ch.append(String.format(Locale.ROOT, " %s%+.1f", h.channels().get(k), cmax - cpre));
            }
            double pPre = AxisPeek.pMedian(h, on - 60, on);
            double pMin = Double.POSITIVE_INFINITY;
            for (double x = on; x <= pk + 20; x += 1) {
                pMin = Math.min(pMin, AxisPeek.pMedian(h, x - 5, x + 5));
            }
            double held = Double.NEGATIVE_INFINITY;
            double heldAt = 0;
            for (double x = pk; x + 30 <= pk + 180; x += 2) {
                double v = AxisPeek.pMedian(h, x, x + 30);
                if (v > held) {
                    held = v;
                    heldAt = x;
                }
            }
            double s60 = AxisPeek.sMedian(h, topSec + 58, topSec + 62);
            double above = 0;
            for (double x = on; x < e.endSec() + 60; x += 0.25) {
                above += h.s(h.samples(x)) >= pre + 2 ? 0.25 : 0;
            }
            List<String> near = new ArrayList<>();
            for (Episode f : probe.analysis().episodes()) {
                if (f.peakSec() > on - 400 && f.peakSec() < e.endSec() + 400) {
                    near.add(String.format(Locale.ROOT, "%.0f-%.0f-%.0f %s", f.onsetSec(), f.peakSec(), f.endSec(),
                            f.outcome().jsonName()));
                }
            }
            // a candidate turned down over the bout says most; else a detection of another bout spanning its peak
            String cause = "";
            for (var d : probe.dropped()) {
                if (d.peakSec() >= on - 30 && d.onsetSec() <= e.endSec()) {
                    near.add(String.format(Locale.ROOT, "dropped %.0f-%.0f at %.0f: %s", d.onsetSec(), d.peakSec(),
                            d.droppedAtSec(), d.reason()));
                    cause = cause.isEmpty() ? "dropped " + d.reason() : cause;
                }
            }
            for (Episode f : probe.analysis().episodes()) {
                if (cause.isEmpty() && f.onsetSec() <= pk && f.endSec() >= pk) {
                    cause = "inside a detection of another bout";
                }
            }
            cause = m.detected() ? "" : cause.isEmpty() ? "never a candidate" : cause;
            var r = session.truth().reactivity();
            sb.append(String.format(Locale.ROOT, "%s%s | %s%s%n   true on %.0f pk %.0f end %.0f bu %.0f amp %.2f %s %s %s gap %.0f prevEnd %s%n"
                            + "   S pre %+.1f low5 %+.1f top %+.1f@%.0f (over pre %+.1f, over low %+.1f) S@top+60 %+.1f above(pre+2) %.0fs |%s%n"
                            + "   P pre %+.1f withdr %+.1f heldRebound %+.1f@%.0f (vs rest %+.1f) | found nearby %s%n",
                    m.detected() ? "FOUND" : "MISSED", cause.isEmpty() ? "" : " (" + cause + ")", c.name(), r == null ? "" : String.format(Locale.ROOT,
                            " | heart %.0f bpm/arousal%s, SCL %.1f uS%s, breathing gain %.2f", r.heartBpmPerArousal(),
                            r.lowCardiacResponder() ? " (low)" : "", r.restingSclMicrosiemens(),
                            r.highPalmarScl() ? " (high)" : "", r.breathingRateGain()), on, pk, e.endSec(), e.buildUpSec(), e.peakArousal(),
                    e.outcome().jsonName(), e.riseShape(), e.rebound(), m.gapToPreviousSec(),
                    t > 0 ? String.format(Locale.ROOT, "%.0f", truth.get(t - 1).endSec()) : "-",
                    pre, low5, sTop, topSec, sTop - pre, sTop - low5, s60, above, ch,
                    pPre, pPre - pMin, held, heldAt, held - Math.min(pPre, 0), near));
            if (Boolean.getBoolean("lacrima.probe.trace")) {
                sb.append(ProbeTrace.confounders(session, on, e.endSec()));
                sb.append(ProbeTrace.axes(probe, on, e.endSec(), 5));
            }
        }
        return sb.toString();
    }
}
